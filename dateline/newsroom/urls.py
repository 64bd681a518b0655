from django.urls import path

from .views import account, desk, edit_link, editor, find, live, manage, staff, workflow

app_name = "newsroom"
urlpatterns = [
    path("", desk.desk, name="desk"),
    path("list/<slug:list_name>/", desk.desk, name="list"),
    path("all/", find.all_stories, name="all"),
    path("live/", live.live, name="live"),
    path("login/", account.login_view, name="login"),
    path("logout/", account.logout_view, name="logout"),
    path("account/", account.account, name="account"),
    path("story/new/", editor.new_story, name="new"),
    path("story/new/autosave/", editor.new_autosave, name="new_autosave"),
    path("story/<public_id:public_id>/", editor.edit, name="edit"),
    path("story/<public_id:public_id>/edit-link/", edit_link.edit_link, name="edit_link"),
    path("story/<public_id:public_id>/autosave/", editor.autosave, name="autosave"),
    path("story/<public_id:public_id>/heartbeat/", editor.heartbeat, name="heartbeat"),
    path("story/<public_id:public_id>/preview/", editor.preview, name="preview"),
    path("story/<public_id:public_id>/workflow/", workflow.act, name="workflow"),
    path("story/<public_id:public_id>/revisions/", editor.revisions, name="revisions"),
    path("story/<public_id:public_id>/revisions/<id:number>/restore/", editor.restore, name="restore"),
    path("staff/", staff.staff, name="staff"),
    path("staff/<id:user_id>/", staff.staff_member, name="staff_member"),
    path("sections/", manage.sections, name="sections"),
    path("sections/<id:pk>/", manage.sections, name="section_edit"),
    path("settings/", manage.desk_settings, name="settings"),
    path("audit/", manage.audit, name="audit"),
]
