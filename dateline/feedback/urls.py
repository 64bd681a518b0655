from django.urls import path

from . import views

app_name = "feedback"
urlpatterns = [
    path("feedback/story/<public_id:public_id>/", views.submit, name="submit"),
    path("feedback/story/<public_id:public_id>/tokens", views.tokens, name="tokens"),
    path("feedback/inbox/", views.inbox, name="inbox"),
    path("feedback/inbox/export.csv", views.export_csv, name="export"),
    path("feedback/inbox/<id:pk>/", views.item, name="item"),
]
