"""Copy from outside (wire items, pasted pages) is filed by one lookup: its
own section by name, else the one it came with (a feed's), else the default
section, else the first; `ingest` and `import-text` both use it."""

import pytest

from dateline.ingest.importer import find_section
from dateline.stories.models import Section

pytestmark = pytest.mark.django_db


def test_a_section_named_in_any_case_is_found(sections):
    assert Section.for_copy("  north KOREA ") == sections["north-korea"]


def test_an_unknown_name_falls_back_to_the_given_section(sections):
    assert Section.for_copy("Gardening", sections["economy"].pk) == sections["economy"]


def test_without_a_name_or_fallback_the_default_section_is_used(sections, settings):
    assert Section.for_copy("") == sections["national"]
    settings.DATELINE_DEFAULT_SECTION = "politics"
    assert Section.for_copy("Gardening") == sections["politics"]


def test_a_missing_default_section_gives_the_first_one(sections, settings):
    settings.DATELINE_DEFAULT_SECTION = "no-such-section"
    assert Section.for_copy("") == Section.objects.order_by("position").first()


def test_no_section_at_all_is_none_and_import_text_says_so():
    Section.objects.all().delete()
    assert Section.for_copy("National") is None
    with pytest.raises(ValueError, match="no section to file the story in"):
        find_section("National")
