"""Steps the newsroom's browser tests share."""

from .conftest import PASSWORD


def sign_in(page, live_server, username):
    page.goto(live_server.url + "/newsroom/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button:has-text('Sign in')")
    page.wait_for_url(live_server.url + "/newsroom/")
