"""The desk pages answer GET, HEAD and POST only: PUT, PATCH and DELETE get
405 with the allowed methods named, and change nothing."""

import pytest

from dateline.search.models import Thread
from dateline.search.threads import create_thread

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
@pytest.mark.parametrize("page", ["index", "thread"])
def test_other_methods_get_405(editor_client, method, page):
    thread = create_thread("Monsoon floods")
    url = "/threads/manage/" if page == "index" else f"/threads/manage/{thread.slug}/"

    response = getattr(editor_client, method)(url, "action=rename&title=Renamed",
                                              content_type="application/x-www-form-urlencoded")

    assert response.status_code == 405
    assert set(response["Allow"].split(", ")) == {"GET", "HEAD", "POST"}
    assert list(Thread.objects.values_list("title", flat=True)) == ["Monsoon floods"]
