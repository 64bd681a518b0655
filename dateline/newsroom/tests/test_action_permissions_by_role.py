"""Each story action checks the actor's role as shipped (newsroom/roles.py):
a refusal raises ActionPermissionError and changes nothing, audit log
included; the roles that may act succeed."""

import json
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from dateline.ingest.acceptance import Acceptance
from dateline.ingest.services import ingest_bytes
from dateline.newsroom.models import AuditLog
from dateline.stories import actions
from dateline.stories.actions import ActionPermissionError, Actor
from dateline.stories.models import Story

SOON = timezone.now() + timedelta(hours=1)


def _create(story, actor, section):
    return actions.CreateStory(actor=actor, section=section, headline="A new story", body=["Text."])


# name: (builder, which story it acts on, roles allowed)
CASES = {
    "create": (_create, "draft", {"reporter", "editor", "chief"}),
    "save own draft": (
        lambda s, a, _: actions.SaveWorkingCopy(s, {"headline": "New"}, actor=a, base_revision=s.revision),
        "draft",
        {"reporter", "editor", "chief"},
    ),
    "save another's draft": (
        lambda s, a, _: actions.SaveWorkingCopy(s, {"headline": "New"}, actor=a, base_revision=s.revision),
        "others_draft",
        {"editor", "chief"},
    ),
    "save a published story": (
        lambda s, a, _: actions.SaveWorkingCopy(s, {"headline": "New"}, actor=a, base_revision=s.revision),
        "published",
        {"editor", "chief"},
    ),
    "submit own draft": (lambda s, a, _: actions.Submit(s, actor=a), "draft", {"reporter", "editor", "chief"}),
    "submit another's draft": (lambda s, a, _: actions.Submit(s, actor=a), "others_draft", {"editor", "chief"}),
    "return to draft": (lambda s, a, _: actions.ReturnToDraft(s, actor=a), "submitted", {"editor", "chief"}),
    "publish": (lambda s, a, _: actions.Publish(s, actor=a), "draft", {"editor", "chief"}),
    "update": (lambda s, a, _: actions.Update(s, actor=a, label="(LEAD)"), "published", {"editor", "chief"}),
    "correct": (
        lambda s, a, _: actions.Correct(s, actor=a, correction="Fixes a name."),
        "published",
        {"editor", "chief"},
    ),
    "schedule": (lambda s, a, _: actions.Schedule(s, SOON, actor=a), "draft", {"editor", "chief"}),
    "embargo": (lambda s, a, _: actions.Embargo(s, SOON, actor=a), "draft", {"editor", "chief"}),
    "kill": (lambda s, a, _: actions.Kill(s, "Legal advice.", actor=a), "published", {"editor", "chief"}),
    "release scheduled": (
        lambda s, a, _: actions.ReleaseScheduled(s, actor=a, now=SOON + timedelta(minutes=1)),
        "scheduled",
        {"editor", "chief"},
    ),
    "release embargo": (
        lambda s, a, _: actions.ReleaseEmbargo(s, actor=a, now=SOON + timedelta(minutes=1)),
        "embargoed",
        {"editor", "chief"},
    ),
}
ROLES = ("reporter", "editor", "chief", "no role", "inactive editor", "anonymous")


@pytest.fixture
def person(request, make_staff):
    """The user in a role, made only when a test asks for it."""

    def make(role):
        if role in ("reporter", "editor", "chief"):
            return request.getfixturevalue(role)
        if role == "inactive editor":
            user = make_staff("ivy", "editor")
            user.is_active = False
            user.save()
            return user
        if role == "no role":
            return get_user_model().objects.create_user("nora", password="x" * 12)
        return AnonymousUser()

    return make


@pytest.fixture
def story_in(draft, other_reporter, section):
    """A story in the state a case needs, made through the actions as the system."""
    system = actions.SYSTEM

    def fresh(headline):
        return actions.CreateStory(actor=system, section=section, headline=headline, body=["Text."]).execute()

    def make(which):
        if which == "draft":
            story = draft
        elif which == "others_draft":
            story = actions.CreateStory(
                actor=Actor(other_reporter), section=section, headline="Rob's draft", body=["Text."]
            ).execute()
        elif which == "published":
            story = fresh("Published story")
            actions.Publish(story, actor=system).execute()
        elif which == "submitted":
            story = actions.Submit(fresh("Submitted story"), actor=system).execute()
        elif which == "scheduled":
            story = actions.Schedule(fresh("Scheduled story"), SOON, actor=system).execute()
        else:
            story = fresh("Embargoed story")
            actions.Embargo(story, SOON, actor=system).execute()
        story.refresh_from_db()
        return story

    return make


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", list(CASES))
def test_each_action_allows_exactly_the_roles_that_hold_it(case, role, person, story_in, section):
    build, which, allowed = CASES[case]
    story = story_in(which)
    action = build(story, Actor(person(role), "127.0.0.1", "desk"), section)
    audit_before = AuditLog.objects.count()
    state_before = Story.objects.values_list("status", "revision", "live_id").get(pk=story.pk)
    if role in allowed:
        action.execute()
        assert AuditLog.objects.count() > audit_before
    else:
        with pytest.raises(ActionPermissionError, match="Your role does not allow"):
            action.execute()
        assert AuditLog.objects.count() == audit_before
        assert Story.objects.values_list("status", "revision", "live_id").get(pk=story.pk) == state_before


@pytest.mark.parametrize("role", ROLES)
def test_accepting_an_incoming_item_needs_the_accept_permission(role, person):
    doc = {
        "uri": "urn:agency:1",
        "version": "1",
        "headlines": [{"value": "Wire take"}],
        "bodies": [{"contenttype": "text/plain", "value": "Text."}],
    }
    (item,) = ingest_bytes(json.dumps(doc).encode(), source="agency").created
    action = Acceptance(item, actor=Actor(person(role), "127.0.0.1", "desk"))
    if role in ("editor", "chief"):
        story = action.execute()
        assert AuditLog.objects.filter(action="incoming.accept", public_id=story.public_id).exists()
    else:
        with pytest.raises(ActionPermissionError):
            action.execute()
        item.refresh_from_db()
        assert item.story_id is None and not AuditLog.objects.filter(action="incoming.accept").exists()


def test_system_actors_pass_and_are_named_in_the_audit_row(story_in):
    actions.Kill(story_in("published"), "Legal advice.", actor=Actor.system("feed:Partner", via="ingest")).execute()
    row = AuditLog.objects.get(action="story.kill")
    assert (row.user, row.username, row.via) == (None, "feed:Partner", "ingest")


def test_the_desk_answers_403_when_the_role_forbids(reporter_client, story_in):
    story = story_in("others_draft")
    response = reporter_client.post(f"/newsroom/story/{story.public_id}/workflow/", {"action": "submit"})
    assert response.status_code == 403
