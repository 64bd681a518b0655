"""Parts other apps add to the story editor's form, without the newsroom
importing them. An app registers from its `AppConfig.ready()`:

    from dateline.newsroom.editor_parts import register_editor_part

    register_editor_part(
        "factboxes",
        "factboxes/_story_factbox.html",    # included inside the editor's form
        context=factbox_context,           # (request, story) -> dict for the template, as `part`
        read=factbox_from_post,            # (POST data, story) -> working-copy values
        after_save=factbox_query,          # (POST data) -> query string for the editor after a save, or ""
        pressed=factbox_button,            # (POST data) -> True when one of the part's own buttons sent the form
        preview=factbox_preview,           # (values read) -> context for the editor's preview of the story
    )

`read` returns the working-copy fields it owns (`{"factbox": ...}`), or
`{}` when the form did not send them (the merge form after a conflict does
not), and raises `django.forms.ValidationError` with a message for the
person, shown as a form error with everything typed kept. The values are
saved with the rest of the form by `SaveWorkingCopy`, in the same revision.

The New story page shows the same parts for a story not yet written (a
blank `Story()`, no pk) and gives what they read to `CreateStory`. There a
part's own button (`pressed`) does not create the draft: the page is shown
again with the part's change and everything typed, so a reporter without
scripts can build the part before the story exists.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.forms import ValidationError


@dataclass(frozen=True)
class EditorPart:
    key: str
    template: str
    context: Callable[[Any, Any], dict]
    read: Callable[[Any, Any], dict]
    after_save: Callable[[Any], str] | None = None
    pressed: Callable[[Any], bool] | None = None
    preview: Callable[[dict], dict] | None = None


_parts: dict[str, EditorPart] = {}


def register_editor_part(
    key: str,
    template: str,
    *,
    context: Callable[[Any, Any], dict],
    read: Callable[[Any, Any], dict],
    after_save: Callable[[Any], str] | None = None,
    pressed: Callable[[Any], bool] | None = None,
    preview: Callable[[dict], dict] | None = None,
) -> EditorPart:
    """Add a part to the story editor (idempotent: the same key replaces it)."""
    _parts[key] = EditorPart(key, template, context, read, after_save, pressed, preview)
    return _parts[key]


def parts() -> list[EditorPart]:
    return list(_parts.values())


def contexts(request: Any, story: Any) -> list[tuple[str, dict]]:
    """(template, context) of each part, for the editor page."""
    return [(part.template, part.context(request, story)) for part in _parts.values()]


def read_all(data: Any, story: Any) -> tuple[dict, list[str]]:
    """The working-copy values every part read from the posted form, and
    the parts' refusals (each one line for the person)."""
    values: dict = {}
    errors: list[str] = []
    for part in _parts.values():
        try:
            values.update(part.read(data, story))
        except ValidationError as error:
            errors.extend(error.messages)
    return values, errors


def next_query(data: Any) -> str:
    """Where the editor goes back to after a save: a part may ask for a
    query (a search it made without scripts)."""
    for part in _parts.values():
        if part.after_save:
            query = part.after_save(data)
            if query:
                return query
    return ""


def pressed(data: Any) -> bool:
    """Whether one of a part's own buttons (not the page's Save or Create)
    sent the form."""
    return any(part.pressed(data) for part in _parts.values() if part.pressed)


def previews(values: dict) -> dict:
    """What the parts add to the preview of the working copy (the photos'
    figures...), from the values they read from the posted form: the preview
    shows the story as readers will see it, not its text alone."""
    context: dict = {}
    for part in _parts.values():
        if part.preview:
            context.update(part.preview(values))
    return context
