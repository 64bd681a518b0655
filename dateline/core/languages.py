"""Language tags: one reading on the way in, one writing per standard on the way out.

Wires send tags in every spelling: "fi-FI", "nb_NO", "EN", "eng", "iw",
"zh-hant-tw". Dateline stores the canonical BCP 47 form (RFC 5646: language
lower case, script title case, region upper case; ISO 639-2 codes and
deprecated codes replaced by their ISO 639-1 equivalents), read by
langcodes. Each output then writes what its standard asks:

- ninjs `language`, NewsML-G2 `xml:lang` and `<language tag>`, HTML `lang`
  and JSON-LD `inLanguage`: BCP 47 (`to_bcp47`);
- the Google News sitemap `news:language`: an ISO 639 code, with Google's
  two exceptions for Chinese, `zh-cn` (Simplified) and `zh-tw` (Traditional)
  (`to_news_sitemap`);
- RSS `<language>`: the lower-case tag of the RSS 2.0 list ("en-us"),
  (`to_rss`).
"""

from __future__ import annotations

import functools

import langcodes
from django.conf import settings

# Tags that name no language: undetermined, multiple, no linguistic content.
_NOT_A_LANGUAGE = {"und", "mul", "zxx", "mis"}


@functools.lru_cache(maxsize=512)
def normalise(tag: str | None) -> str:
    """The canonical BCP 47 form of `tag`, or "" when it names no language
    (empty, malformed, "und", or private use such as "x-default")."""
    text = str(tag or "").strip().replace("_", "-")
    if not text or len(text) > 64:
        return ""
    try:
        canonical = langcodes.standardize_tag(text)
    except (langcodes.LanguageTagError, ValueError):
        return ""
    primary = canonical.split("-", 1)[0].lower()
    if primary in _NOT_A_LANGUAGE or primary in ("x", "i") or len(primary) > 3:
        return ""
    return canonical


def default_language() -> str:
    return normalise(getattr(settings, "LANGUAGE_CODE", "en")) or "en"


def to_bcp47(tag: str | None) -> str:
    """For ninjs, NewsML-G2 and HTML: canonical BCP 47, the site's language if none."""
    return normalise(tag) or default_language()


def to_news_sitemap(tag: str | None) -> str:
    """For the Google News sitemap: the ISO 639 code alone ("fi", "nb"), except
    Chinese, which Google wants as zh-cn (Simplified) or zh-tw (Traditional)."""
    canonical = to_bcp47(tag)
    language = langcodes.Language.get(canonical)
    if language.language == "zh":
        if language.script or language.territory:
            return "zh-tw" if language.maximize().script == "Hant" else "zh-cn"
        return "zh"
    return language.language or canonical.split("-", 1)[0]


def to_rss(tag: str | None) -> str:
    """For RSS 2.0 `<language>`: the tag in lower case, as the RSS list writes it."""
    return to_bcp47(tag).lower()


def to_og_locale(tag: str | None) -> str:
    """For Open Graph `og:locale`: language_TERRITORY ("fi_FI"), or the language alone."""
    language = langcodes.Language.get(to_bcp47(tag))
    return f"{language.language}_{language.territory}" if language.territory else str(language.language or "")
