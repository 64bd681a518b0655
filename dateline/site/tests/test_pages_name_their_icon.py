"""Every page names the site's icon, so browsers do not ask for a
/favicon.ico that nothing serves (a 404 and a console error on every page)."""

import re

from django.contrib.staticfiles import finders


def test_public_and_newsroom_pages_link_an_icon_that_exists(client, db):
    for url in ("/", "/newsroom/login/"):
        page = client.get(url).content.decode()
        link = re.search(r'<link rel="icon" href="/static/([^"]+)" type="image/svg\+xml">', page)
        assert link, f"{url} names no icon"
        found = finders.find(link.group(1))
        assert found, f"{url} names an icon no static folder holds"
        with open(found, encoding="utf-8") as icon:
            assert icon.read().startswith("<svg")
