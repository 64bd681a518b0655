"""Stories as IPTC ninjs 2.1 and 3.0 documents.

Every public StoryVersion is a ninjs version of one news object whose `uri`
stays the same for the story's life; updates and corrections are new
versions carrying their editor's note, and a kill is a version with
pubstatus "canceled".
"""

from django.conf import settings

from dateline.core.html import item_text
from dateline.core.languages import to_bcp47
from dateline.core.timefmt import iso
from dateline.photos.models import Photo
from dateline.site.metadata import byline_text
from dateline.stories.models import Story, StoryVersion
from dateline.stories.services import compose_dateline

from . import pictures

VERSIONS = ("2.1", "3.0")
DEFAULT_VERSION = "2.1"
SECTION_SUBJECT_URI = "{site}/section/{slug}/"


class UnknownVersion(ValueError):
    pass


def story_uri(story: Story) -> str:
    return f"urn:{settings.DATELINE_ID_PREFIX.lower()}:{story.public_id}"


def pubstatus(story: Story, version: StoryVersion) -> str:
    if version.kind == StoryVersion.Kind.KILL or (story.status == Story.Status.KILLED and version.pk == story.live_id):
        return "canceled"
    return "usable"


def withdrawn(story: Story, version: StoryVersion) -> StoryVersion:
    """What subscribers may see of `version` now. A killed story is withdrawn
    everywhere, as on the public site: its earlier versions answer with the
    kill notice (no text, pubstatus "canceled"), keeping their own number and
    time so a client can match them to what it holds."""
    if story.status != Story.Status.KILLED or version.kind == StoryVersion.Kind.KILL:
        return version
    return StoryVersion(
        pk=version.pk,
        story=story,
        number=version.number,
        kind=StoryVersion.Kind.KILL,
        headline=version.headline,
        bylines=version.bylines,
        dateline_city=version.dateline_city,
        dateline_country=version.dateline_country,
        dateline_date=version.dateline_date,
        dateline_agency=version.dateline_agency,
        dateline_text=version.dateline_text,
        credit=version.credit,
        body=[],
        body_html="",
        summary="",
        urgency=version.urgency,
        keywords=version.keywords,
        slugline=version.slugline,
        label="",
        ednote=story.kill_reason,
        published_at=version.published_at,
    )


def ednote(version: StoryVersion, story: Story | None = None) -> str:
    """The note receiving desks read: the desk's own note, plus what changed."""
    note = version.ednote.strip()
    if version.kind == StoryVersion.Kind.KILL:
        # The newsroom stores the kill reason as the kill version's note.
        reason = note or (story or version.story).kill_reason
        return "Kill: this story has been withdrawn. Do not use." + (f" Reason: {reason}" if reason else "")
    parts = [note] if note else []
    if version.kind == StoryVersion.Kind.CORRECTION and version.correction:
        parts.append(f"Correction: {version.correction}")
    elif version.kind == StoryVersion.Kind.UPDATE and not parts:
        parts.append(f"Update: version {version.number} replaces version {version.number - 1}.")
    return " ".join(parts)


def dateline_text(version: StoryVersion) -> str:
    if version.dateline_text or version.credit:
        return version.dateline_text
    return compose_dateline(
        version.dateline_city, version.dateline_country, version.dateline_date, version.dateline_agency
    )


def body_plain(version: StoryVersion) -> str:
    """Paragraphs as plain text, one per line pair, dateline first."""
    paras = [item_text(p) for p in version.body]
    text = dateline_text(version)
    if paras and text:
        paras[0] = f"{text} {paras[0]}"
    return "\n\n".join(paras)


def to_ninjs(story: Story, version: StoryVersion, ver: str = DEFAULT_VERSION, photos: dict | None = None) -> dict:
    """One version as a ninjs dict of schema version `ver` ("2.1" or "3.0").

    `photos` ({pk: Photo}, from `pictures.load(versions)`) saves a query per
    version when a page sends many."""
    if ver not in VERSIONS:
        raise UnknownVersion(f"ninjs version {ver!r} is not offered; use one of {', '.join(VERSIONS)}")
    v3 = ver.startswith("3")
    k = _keys(v3)
    version = withdrawn(story, version)
    canonical = settings.DATELINE_SITE_URL + story.get_absolute_url()
    plain = body_plain(version)
    doc = {
        "uri": story_uri(story),
        "type": "text",
        k["version"]: str(version.number),
        k["firstcreated"]: iso(story.first_published_at or version.published_at),
        k["versioncreated"]: iso(version.published_at),
        k["pubstatus"]: pubstatus(story, version),
        "urgency": min(9, max(1, int(version.urgency or 4))),
        "language": to_bcp47(story.language),
        "headlines": [{"role": "main", "value": version.headline}]
        # The version's label ("(LEAD)", "(2nd LD)") travels beside the headline, not in it.
        + ([{"role": "label", "value": version.label}] if version.label else []),
        "bodies": [
            {
                "role": "main",
                k["contenttype"]: "text/html",
                "value": version.body_html,
                k["charcount"]: len(plain),
                k["wordcount"]: len(plain.split()),
            },
            {"role": "plain", k["contenttype"]: "text/plain", "value": plain},
        ],
        k["altids"]: [
            {"role": "publicid", "value": story.public_id},
            {"role": "url", "value": canonical},
        ],
    }
    if version.summary:
        doc["descriptions"] = [{"role": "summary", k["contenttype"]: "text/plain", "value": version.summary}]
    if version.bylines:
        doc["by"] = byline_text(version.bylines)
        doc["people"] = [{"name": name, "rel": "author"} for name in version.bylines]
    if version.dateline_city:
        doc["located"] = version.dateline_city
        # ninjs has no dateline field; the parts travel in standard places so a
        # receiver (Dateline included) can rebuild "SEOUL, Oct. 28 (Yonhap) --".
        places = [{"name": version.dateline_city, "rel": "dateline-city"}]
        if version.dateline_country:
            places.append({"name": version.dateline_country, "rel": "dateline-country"})
        doc["places"] = places
        descriptions: list[dict[str, str]] = doc.setdefault("descriptions", [])  # type: ignore[assignment]
        descriptions.append({"role": "dateline", k["contenttype"]: "text/plain", "value": dateline_text(version)})
    sources = [{"name": version.dateline_agency, "role": "dateline-agency"}] if version.dateline_agency else []
    if version.credit:
        # Another agency's story keeps its credit for our subscribers too.
        sources.append({"name": version.credit, "role": "credit"})
        doc[k["copyrightholder"]] = version.credit
    if sources:
        doc[k["infosources"]] = sources
    if version.dateline_date:
        doc[k["contentcreated"]] = version.dateline_date.isoformat() + "T00:00:00" + iso(version.published_at)[19:]
    subjects = [
        {
            "name": story.section.name,
            "rel": "section",
            "uri": SECTION_SUBJECT_URI.format(site=settings.DATELINE_SITE_URL, slug=story.section.slug),
        }
    ]
    subjects += [{"name": kw, "rel": "keyword"} for kw in version.keywords if kw]
    doc["subjects"] = subjects
    if version.slugline:
        doc["slugline"] = version.slugline
    note = ednote(version, story)
    if note:
        doc[k["ednote"]] = note
    associations = [
        association(photo, position, v3) for position, photo in enumerate(pictures.of_version(version, photos))
    ]
    if associations:
        doc["associations"] = associations
    return doc


def association(photo: Photo, position: int, v3: bool) -> dict:
    """A photo as a ninjs association: a picture object with its renditions.
    The lead is named "featuremedia" (the name receivers such as Superdesk
    use), the gallery "gallery-1", "gallery-2"..."""
    k = _keys(v3)
    name = "featuremedia" if position == 0 else f"gallery-{position}"
    doc: dict = {"name": name, "uri": pictures.photo_uri(photo), "type": "picture"}
    if v3:
        doc["rel"] = "featuremedia" if position == 0 else "gallery"
    doc[k["version"]] = str(max(1, photo.revision))
    if photo.published_at:
        doc[k["versioncreated"]] = iso(photo.published_at)
    doc[k["pubstatus"]] = "usable"
    if photo.headline:
        doc["headlines"] = [{"role": "main", "value": photo.headline}]
    # ninjs names no description roles; the extended description (IPTC
    # Extended Description (Accessibility)) goes under its property's name.
    described = (
        ("caption", photo.caption),
        ("alt", photo.alt_text),
        ("extendeddescription", photo.extended_description),
    )
    descriptions = [(role, value) for role, value in described if value]
    if descriptions:
        doc["descriptions"] = [
            {"role": role, k["contenttype"]: "text/plain", "value": value} for role, value in descriptions
        ]
    if photo.creator:
        doc["by"] = photo.creator
        doc["people"] = [{"name": photo.creator, "rel": "photographer"}]
    if photo.credit_line:
        doc[k["infosources"]] = [{"name": photo.credit_line, "role": "credit"}]
    if photo.copyright_notice:
        doc[k["copyrightnotice"]] = photo.copyright_notice
    if photo.rights_usage:
        doc[k["usageterms"]] = photo.rights_usage
    doc["renditions"] = [_rendition(photo, sent, v3) for sent in pictures.renditions(photo)]
    return doc


def _rendition(photo: Photo, sent: pictures.Sent, v3: bool) -> dict:
    k = _keys(v3)
    out: dict = {
        "name": sent.name,
        "href": sent.href,
        k["contenttype"]: sent.content_type,
        "width": sent.width,
        "height": sent.height,
    }
    if v3:
        # 3.0 carries the point of interest, in the rendition's pixels: the
        # focal point the editor set, so a receiver crops as we do.
        out["poi"] = {"x": round(photo.focal_x * sent.width), "y": round(photo.focal_y * sent.height)}
    return out


def _keys(v3):
    names = {
        "version": "version",
        "firstcreated": "firstCreated",
        "versioncreated": "versionCreated",
        "contentcreated": "contentCreated",
        "pubstatus": "pubStatus",
        "contenttype": "contentType",
        "charcount": "charCount",
        "wordcount": "wordCount",
        "altids": "altIds",
        "ednote": "edNote",
        "infosources": "infoSources",
        "copyrightholder": "copyrightHolder",
        "copyrightnotice": "copyrightNotice",
        "usageterms": "usageTerms",
    }
    return names if v3 else {key: key for key in names}
