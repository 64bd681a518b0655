"""Fixtures of the shell's tests: a signed-in client in each newsroom role."""

import pytest
from django.test import Client

PASSWORD = "correct horse battery staple"


@pytest.fixture
def client_as(db):
    """client_as("editor") is a client signed in as new staff in that role
    (or as a signed-in account with no role, for "none")."""
    from django.contrib.auth import get_user_model

    from dateline.newsroom.staff import create_staff

    def factory(role):
        if role == "none":
            user = get_user_model().objects.create_user("nobody", password=PASSWORD)
        else:
            user = create_staff(f"{role}-user", role, PASSWORD, name=role.title(), validate=False)
        client = Client()
        client.force_login(user)
        return client

    return factory


@pytest.fixture
def staff(db):
    """staff("editor") creates and returns "editor-user" in that role."""
    from dateline.newsroom.staff import create_staff

    return lambda role: create_staff(f"{role}-user", role, PASSWORD, name=role.title(), validate=False)


@pytest.fixture
def sign_in_as(live_server, staff):
    """Sign a browser page in through the sign-in form, as a person would."""

    def sign_in(page, role):
        staff(role)
        page.goto(live_server.url + "/newsroom/login/")
        page.fill("#id_username", f"{role}-user")
        page.fill("#id_password", PASSWORD)
        page.click("button:has-text('Sign in')")
        page.wait_for_url(live_server.url + "/newsroom/")

    return sign_in
