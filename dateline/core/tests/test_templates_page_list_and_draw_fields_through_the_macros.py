"""Paging, story lists and form fields are each drawn by one macro: no
template writes their markup itself, and the macros render what pages need."""

import re
from pathlib import Path

import pytest
from django.template import engines

APPS = Path(__file__).resolve().parents[2]
MACROS = {"core/jinja2/core/macros.html", "desk/jinja2/desk/_macros.html"}
# Lists of other things than stories, in the story-list style: threads, and
# the article page's cached "More on this story" entries.
OTHER_LISTS = {
    "threads/jinja2/threads/thread_index.html",
    "threads/jinja2/threads/_more_on_story.html",
    "search/jinja2/search/_more_on_story.html",
}


def templates():
    for path in sorted(APPS.rglob("jinja2/**/*.html")):
        name = path.relative_to(APPS).as_posix()
        if name not in MACROS:
            yield name, path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "text"), list(templates()))
def test_no_template_writes_paging_lists_or_widgets_itself(name, text):
    assert "has_other_pages" not in text and "previous_page_number" not in text
    assert not re.search(r'<nav class="pagination"(?! aria-label="Other days")', text)
    assert "as_widget" not in text and not re.search(r"\{\{ *(field|f) *\}\}", text)
    if name not in OTHER_LISTS:
        assert 'class="story-list"' not in text


def render(source, **context):
    return engines["jinja2"].from_string(source).render(context)


def test_page_links_keep_the_filters_and_drop_empty_ones():
    from django.core.paginator import Paginator

    page = Paginator(range(100), 10).page(2)
    html = render(
        '{% from "core/macros.html" import page_links %}{{ page_links(page, {"q": "a b", "section": ""}) }}', page=page
    )
    assert '<a rel="prev" href="?page=1&amp;q=a+b">Newer</a>' in html
    assert '<a rel="next" href="?page=3&amp;q=a+b">Older</a>' in html
    assert '<span aria-current="page">Page 2 of 10</span>' in html
    single = Paginator(range(5), 10).page(1)
    assert render('{% from "core/macros.html" import page_links %}{{ page_links(page) }}', page=single).strip() == ""


def test_a_checkbox_field_comes_before_its_label():
    from django import forms

    class Form(forms.Form):
        move = forms.BooleanField(required=False, label="Move it", help_text="Takes it out of its thread.")

    html = render(
        '{% from "desk/_macros.html" import field %}{{ field(form.move, attrs={"value": "1"}) }}', form=Form()
    )
    assert html.index('type="checkbox"') < html.index('<label for="id_move">')
    assert 'value="1"' in html and 'aria-describedby="id_move-hint"' in html
