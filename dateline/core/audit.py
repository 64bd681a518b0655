"""The door to the audit log for apps that must not import the newsroom.

The newsroom owns the audit table and registers its writer here when it
starts; the story actions call `record()` inside their own transaction, so
an audit row commits (or rolls back) with the change it records. With no
writer registered, `record()` refuses: a state change is never left
unaudited because an app was missing.
"""

from collections.abc import Callable
from typing import Any

from django.core.exceptions import ImproperlyConfigured

_writer = None


def register(writer: Callable[..., Any]) -> None:
    """`writer(action, *, actor, story, detail)` stores one audit row."""
    global _writer
    _writer = writer


def record(action: str, *, actor: Any, story: Any = None, **detail: Any) -> Any:
    if _writer is None:
        raise ImproperlyConfigured("No audit log writer is registered: install dateline.newsroom.")
    return _writer(action, actor=actor, story=story, detail=detail)
