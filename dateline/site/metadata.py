"""Machine-readable metadata of article pages: schema.org JSON-LD and Open Graph."""

import json

from django.conf import settings

from dateline.core.languages import to_bcp47
from dateline.core.timefmt import iso


def byline_text(names):
    names = [n for n in names if n]
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def news_article_jsonld(story, version, canonical, dateline_text, images=None):
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": canonical,
        "url": canonical,
        "identifier": story.public_id,
        "headline": version.headline[:110],
        "description": version.summary,
        "inLanguage": to_bcp47(story.language),
        "datePublished": iso(story.first_published_at),
        "dateModified": iso(version.published_at),
        "articleSection": story.section.name,
        "author": [{"@type": "Person", "name": name} for name in version.bylines]
        or [{"@type": "Organization", "name": version.credit or settings.DATELINE_SITE_NAME}],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": settings.DATELINE_SITE_NAME,
            "url": settings.DATELINE_SITE_URL + "/",
        },
    }
    if images:
        # The lead photo's 16:9, 4:3 and 1:1 crops (dateline.photos.display).
        data["image"] = images
    if version.credit:
        # Another agency's story: theirs, carried by us.
        data["sourceOrganization"] = {"@type": "NewsMediaOrganization", "name": version.credit}
    if dateline_text:
        data["dateline"] = dateline_text
    if version.keywords:
        data["keywords"] = ", ".join(version.keywords)
    if version.correction:
        data["correction"] = {
            "@type": "CorrectionComment",
            "text": version.correction,
            "datePublished": iso(version.published_at),
        }
    return json_script(data)


def json_script(data):
    """JSON safe to place inside <script>: no way to close the element early."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
