import pytest
from django.test import Client, override_settings
from django.urls import path

pytestmark = pytest.mark.django_db


def boom(request):
    raise RuntimeError("deliberate failure")


urlpatterns = [path("boom/", boom)]
handler500 = "dateline.site.views.server_error"
handler404 = "dateline.site.views.page_not_found"


@override_settings(ROOT_URLCONF=__name__, DEBUG=False)
def test_500_page_is_in_site_design():
    client = Client(raise_request_exception=False)
    response = client.get("/boom/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html
    assert "Go to Contents" in html


def test_404_page_is_in_site_design(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
