"""The thread desk's permissions belong to the threads app, which migrates
after the newsroom. The role sync runs on the newsroom's own post_migrate and
again once the threads app's permissions exist, so after a migrate (or a test
flush) editors and chief editors can use the thread desk."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from dateline.newsroom.roles import GROUP_NAMES

pytestmark = pytest.mark.django_db

THREAD_PERMS = {"threads.add_thread", "threads.change_thread"}


def held(role):
    return {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Group.objects.get(name=GROUP_NAMES[role]).permissions.select_related("content_type")
    }


def test_migrate_gives_editors_the_thread_permissions():
    for name in GROUP_NAMES.values():
        Group.objects.get(name=name).permissions.clear()

    call_command("migrate", verbosity=0, interactive=False)

    assert THREAD_PERMS <= held("editor") and THREAD_PERMS <= held("chief")
    assert not THREAD_PERMS & held("reporter")
    assert "newsroom.publish_story" in held("editor")


def test_thread_permissions_created_after_the_newsroom_still_reach_the_roles(send_post_migrate):
    # A fresh database: the threads app's permissions do not exist yet when
    # the newsroom's signal runs, and are created by auth on the threads app's.
    Permission.objects.filter(content_type__app_label="threads").delete()
    send_post_migrate("newsroom")
    assert not THREAD_PERMS & held("editor")
    assert "newsroom.publish_story" in held("editor")

    send_post_migrate("threads")

    assert THREAD_PERMS <= held("editor") and THREAD_PERMS <= held("chief")
