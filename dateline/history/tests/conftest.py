"""The history's tests make versions the way the newsroom does: through its
editor and the story actions, as staff in its roles."""

from dateline.newsroom.tests.conftest import (  # noqa: F401  (fixtures)
    desk_actor,
    draft,
    editor,
    editor_client,
    form_data,
    make_staff,
    reporter,
)
