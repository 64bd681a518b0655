from django.urls import path

from . import upload, views

app_name = "photodesk"
urlpatterns = [
    path("", views.photo_list, name="list"),
    path("upload/", upload.upload, name="upload"),
    path("upload/one/", upload.upload_one, name="upload_one"),
    path("pick/", views.pick, name="pick"),
    path("<str:public_id>/", views.edit, name="edit"),
    path("<str:public_id>/focal/", views.focal_point, name="focal"),
    path("<str:public_id>/publish/", views.publish, name="publish"),
    path("<str:public_id>/withdraw/", views.withdraw, name="withdraw"),
]
