"""What other apps add to publishing, without stories importing them.

An app that keeps something a story shows (its photos, say) registers from
its own `AppConfig.ready()`:

    from dateline.stories.hooks import register_before_version, register_publication_check

    register_publication_check(photos_problem)   # (story) -> a reason for the person, or None
    register_before_version(publish_draft_photos)  # (story, actor), inside the publishing transaction

Checks run wherever `publication_problem()` does: before a first
publication, update, correction, embargo or schedule, and again when a
scheduled story is released, so a story is never made public while one of
its parts is not ready. The before-version hooks run under the story's row
lock, in the transaction that writes the public version: what they change
is committed with it or not at all.
"""

from collections.abc import Callable
from typing import Any

PublicationCheck = Callable[[Any], str | None]
BeforeVersion = Callable[[Any, Any], None]

_checks: list[PublicationCheck] = []
_before_version: list[BeforeVersion] = []


def register_publication_check(check: PublicationCheck) -> PublicationCheck:
    """Add `check(story) -> str | None` (idempotent)."""
    if check not in _checks:
        _checks.append(check)
    return check


def register_before_version(hook: BeforeVersion) -> BeforeVersion:
    """Add `hook(story, actor)`, run before each public version is written (idempotent)."""
    if hook not in _before_version:
        _before_version.append(hook)
    return hook


def registered_problem(story: Any) -> str | None:
    """The first reason a registered check gives against publishing `story`, or None."""
    for check in _checks:
        problem = check(story)
        if problem:
            return problem
    return None


def before_version(story: Any, actor: Any) -> None:
    for hook in _before_version:
        hook(story, actor)
