"""Fixtures for the feedback desk's tests."""

import pytest
from django.contrib.auth.models import Group, Permission

from dateline.feedback.models import Feedback
from dateline.feedback.services import new_token


@pytest.fixture
def story(make_story):
    return make_story(
        body=[
            "Officials from both countries met on Thursday to discuss the proposal.",
            "The talks will continue next week, a ministry spokesperson said.",
            "The ministry declined to give details of the draft.",
        ]
    )


@pytest.fixture
def post_data(story):
    """A valid form submission for `story`; keyword arguments override fields."""

    def build(**overrides):
        data = {
            "message": "The second paragraph has the wrong day.",
            "email": "",
            "category": "error",
            "version": str(story.live_id),
            "token": new_token(),
            "paragraph": "",
            "quote": "",
            "leave_blank": "",
        }
        data.update(overrides)
        return data

    return build


@pytest.fixture
def submit_url(story):
    return f"/feedback/story/{story.public_id}/"


def make_user(django_user_model, username, *perms, group=None):
    user = django_user_model.objects.create_user(username, f"{username}@example.com", "a-long-password-1")
    for perm in perms:
        app, codename = perm.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app, codename=codename))
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def desk_user(django_user_model):
    """A member of the "Feedback desk" group: triage, emails, export."""
    return make_user(django_user_model, "desk", group="Feedback desk")


@pytest.fixture
def triager(django_user_model):
    """May triage, but may not see emails or export."""
    return make_user(django_user_model, "triager", "feedback.triage_feedback")


@pytest.fixture
def outsider(django_user_model):
    return make_user(django_user_model, "reporter")


@pytest.fixture
def make_feedback(story):
    def factory(**fields):
        fields.setdefault("story", story)
        fields.setdefault("version", fields["story"].live)
        fields.setdefault("message", "A typo in the headline.")
        fields.setdefault("category", Feedback.Category.TYPO)
        fields.setdefault("submission_token", new_token())
        return Feedback.objects.create(**fields)

    return factory
