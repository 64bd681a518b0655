"""Language tags are read once into canonical BCP 47 and written as each standard asks."""

import pytest

from dateline.core import languages


@pytest.mark.parametrize(
    "given, canonical",
    [
        ("fi-FI", "fi-FI"),
        ("nb_NO", "nb-NO"),
        ("NB-no", "nb-NO"),
        ("EN", "en"),
        ("en-us", "en-US"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("sr_latn_rs", "sr-Latn-RS"),
        # ISO 639-2 and deprecated codes become the ISO 639-1 code BCP 47 prefers.
        ("eng", "en"),
        ("nob", "nb"),
        ("iw", "he"),
        # Tags that name no language are no language at all.
        ("", ""),
        (None, ""),
        ("x-default", ""),
        ("und", ""),
        ("not a tag!", ""),
        ("english", ""),
    ],
)
def test_tags_read_into_canonical_bcp47(given, canonical):
    assert languages.normalise(given) == canonical


@pytest.mark.parametrize(
    "given, iso639",
    [
        ("fi-FI", "fi"),
        ("nb-NO", "nb"),
        ("no_NO", "no"),
        ("en-US", "en"),
        ("DE", "de"),
        ("pt-BR", "pt"),
        ("es-419", "es"),
        ("eng", "en"),
        # Google's two documented exceptions, whatever way the tag says the script.
        ("zh-CN", "zh-cn"),
        ("zh-Hans", "zh-cn"),
        ("zh-SG", "zh-cn"),
        ("zh-TW", "zh-tw"),
        ("zh-Hant", "zh-tw"),
        ("zh_HK", "zh-tw"),
        ("zh-Hant-TW", "zh-tw"),
        ("zh", "zh"),
    ],
)
def test_news_sitemap_gets_the_iso_639_code(given, iso639):
    assert languages.to_news_sitemap(given) == iso639


def test_missing_or_unreadable_tags_fall_back_to_the_sites_language(settings):
    settings.LANGUAGE_CODE = "ko-kr"
    assert languages.to_bcp47("") == "ko-KR" and languages.to_bcp47("x-default") == "ko-KR"
    assert languages.to_news_sitemap(None) == "ko"
    assert languages.to_rss("") == "ko-kr"


def test_each_output_form():
    assert languages.to_bcp47("nb_no") == "nb-NO"
    assert languages.to_rss("nb_NO") == "nb-no"
    assert languages.to_og_locale("fi-fi") == "fi_FI" and languages.to_og_locale("fi") == "fi"
