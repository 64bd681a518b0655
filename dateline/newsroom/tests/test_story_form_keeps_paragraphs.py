"""The editor's body field: pasted plain text keeps its paragraphs, markup is sanitised."""

from dateline.newsroom.forms import StoryForm, body_to_text

from .conftest import form_data


def test_blank_lines_separate_paragraphs_and_wrapped_lines_join(draft):
    pasted = "SEOUL -- First line\nwraps here.\r\n\r\nSecond paragraph.\n\n\n\nThird & last <script>x()</script>."
    form = StoryForm(form_data(draft, body=pasted))
    assert form.is_valid(), form.errors
    body = form.working_copy()["body"]
    assert body == ["SEOUL -- First line wraps here.", "Second paragraph.", "Third &amp; last ."]


def test_stored_paragraphs_round_trip_through_the_editor_unchanged(draft):
    paragraphs = ["AT&amp;T said <em>no</em>.", "a &lt; b"]
    form = StoryForm(form_data(draft, body=body_to_text(paragraphs)))
    assert form.is_valid(), form.errors
    assert form.working_copy()["body"] == paragraphs


def test_bylines_combine_staff_picks_and_free_text(draft, editor):
    author = editor.author
    form = StoryForm(form_data(draft, staff_bylines=[author.pk], other_bylines="Guest Writer, Eddie Editor"))
    assert form.is_valid(), form.errors
    assert form.working_copy()["bylines"] == ["Eddie Editor", "Guest Writer"]
