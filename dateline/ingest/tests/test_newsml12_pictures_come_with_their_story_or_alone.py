"""NewsML 1.2 pictures (a NewsComponent of Role Photo whose ContentItems
point at image files by Href) are taken in like every format's: with the
story when a NewsItem carries text and pictures, alone for the photo desk
when it carries only pictures. Caption, headline, credit, photographer,
copyright and usage terms come from the standard's NewsLines and
AdministrativeMetadata, each rendition from Href, MimeType and
Characteristics; the picture's caption never becomes the story's text."""

import pytest

from dateline.ingest import parsers
from dateline.ingest.models import WirePicture
from dateline.ingest.parsers import IngestedItem, IngestedPicture
from dateline.ingest.services import ingest_bytes
from dateline.photos.models import Photo

PICS = "http://pictures.example.org/2026/"


def identification(item_id: str, revision: str = "1") -> str:
    return f"""<Identification><NewsIdentifier><ProviderId>example.org</ProviderId><DateId>20261130</DateId>
      <NewsItemId>{item_id}</NewsItemId><RevisionId>{revision}</RevisionId></NewsIdentifier></Identification>
    <NewsManagement><NewsItemType FormalName="News"/><FirstCreated>20261130T020000Z</FirstCreated>
      <ThisRevisionCreated>20261130T021500Z</ThisRevisionCreated><Status FormalName="Usable"/></NewsManagement>"""


def photo_component(duid: str, name: str, caption: str, credit: str = "Example Photo") -> str:
    """A picture as the standard builds one: its own NewsLines, a Caption
    line, and one component per rendition (Thumbnail, Preview, HighRes)."""
    return f"""<NewsComponent Duid="{duid}">
        <Role FormalName="Photo"/>
        <NewsLines><HeadLine>{name.title()} at dawn</HeadLine><ByLine>Park Ji-won</ByLine>
          <CreditLine>{credit}</CreditLine><CopyrightLine>(c) 2026 Example Photo</CopyrightLine>
          <RightsLine>Editorial use only</RightsLine>
          <NewsLine><NewsLineType FormalName="Caption"/><NewsLineText>{caption}</NewsLineText></NewsLine></NewsLines>
        <NewsComponent><Role FormalName="Thumbnail"/>
          <ContentItem Href="{PICS}{name}-thumb.jpg"><MediaType FormalName="Photo"/><MimeType FormalName="image/jpeg"/>
            <Characteristics><SizeInBytes>4000</SizeInBytes><Property FormalName="Width" Value="160"/>
              <Property FormalName="Height" Value="120"/></Characteristics></ContentItem></NewsComponent>
        <NewsComponent><Role FormalName="HighRes"/>
          <ContentItem Href="{PICS}{name}-high.jpg"><MediaType FormalName="Photo"/><MimeType FormalName="image/jpeg"/>
            <Characteristics><SizeInBytes>90000</SizeInBytes><Property FormalName="Width" Value="1200"/>
              <Property FormalName="Height" Value="800"/></Characteristics></ContentItem></NewsComponent>
      </NewsComponent>"""


STORY_WITH_PHOTOS = f"""<?xml version="1.0" encoding="UTF-8"?>
<NewsML Version="1.2">
  <NewsEnvelope><DateAndTime>20261130T021500Z</DateAndTime></NewsEnvelope>
  <NewsItem>{identification("PORT")}
    <NewsComponent Duid="port">
      <NewsLines><HeadLine>Port reopens after the storm</HeadLine><ByLine>By Lee Min-ho</ByLine>
        <CreditLine>Example News</CreditLine></NewsLines>
      <NewsComponent><Role FormalName="Main"/>
        <ContentItem><MediaType FormalName="Text"/><Format FormalName="Text"/>
          <DataContent>The port of Busan reopened on Monday after the storm.</DataContent></ContentItem>
      </NewsComponent>
      {photo_component("port.photo1", "cranes", "Cranes stand idle in the port of Busan.")}
      {photo_component("port.photo2", "ships", "Ships wait outside the harbour.")}
    </NewsComponent>
  </NewsItem>
</NewsML>""".encode()

PHOTO_ALONE = f"""<?xml version="1.0" encoding="UTF-8"?>
<NewsML Version="1.2">
  <NewsEnvelope><DateAndTime>20261130T021500Z</DateAndTime></NewsEnvelope>
  <NewsItem>{identification("PHOTO", "2")}
    <NewsComponent>
      <DescriptiveMetadata><Location><Property FormalName="City" Value="Busan"/>
        <Property FormalName="Country" Value="South Korea"/></Location>
        <Property FormalName="Keyword" Value="storm"/></DescriptiveMetadata>
      {photo_component("photo.1", "harbour", "The harbour wall after the storm.", credit="Example Photo Service")}
    </NewsComponent>
  </NewsItem>
</NewsML>""".encode()


def test_a_story_carries_its_pictures_and_keeps_its_own_text():
    (story,) = parsers.detect(STORY_WITH_PHOTOS).parse(STORY_WITH_PHOTOS)
    assert isinstance(story, IngestedItem)
    assert story.headline == "Port reopens after the storm" and story.bylines == ["Lee Min-ho"]
    assert " ".join(story.paragraphs) == "The port of Busan reopened on Monday after the storm."
    lead, second = story.pictures
    assert (lead.caption, lead.headline) == ("Cranes stand idle in the port of Busan.", "Cranes at dawn")
    assert (lead.creator, lead.credit, lead.copyright, lead.usage_terms) == (
        "Park Ji-won",
        "Example Photo",
        "(c) 2026 Example Photo",
        "Editorial use only",
    )
    assert [(r["href"], r["width"], r["height"], r["size"], r["name"]) for r in lead.renditions] == [
        (PICS + "cranes-thumb.jpg", 160, 120, 4000, "Thumbnail"),
        (PICS + "cranes-high.jpg", 1200, 800, 90000, "HighRes"),
    ]
    assert lead.url == PICS + "cranes-high.jpg" and second.caption == "Ships wait outside the harbour."
    assert lead.source_key == "urn:newsml:example.org:20261130:PORT#port.photo1"


def test_an_item_of_pictures_only_is_a_picture_alone():
    (entry,) = parsers.detect(PHOTO_ALONE).parse(PHOTO_ALONE)
    assert isinstance(entry, IngestedPicture)
    assert (entry.original_id, entry.original_version) == ("urn:newsml:example.org:20261130:PHOTO", "2")
    picture = entry.picture
    assert (picture.caption, picture.credit, picture.city, picture.country, picture.keywords) == (
        "The harbour wall after the storm.",
        "Example Photo Service",
        "Busan",
        "South Korea",
        ["storm"],
    )


@pytest.mark.django_db
def test_both_are_taken_in(wire_server, image):
    for name in ("cranes", "ships", "harbour"):
        wire_server.serve(f"{PICS}{name}-high.jpg", image(1200, 800, color=(len(name) * 20, 90, 40)))

    report = ingest_bytes(STORY_WITH_PHOTOS, source="Example News")
    (item,) = report.created
    lead, second = (Photo.objects.get(pk=pk) for pk in item.photos)
    assert (lead.caption, lead.credit_line, lead.creator) == (
        "Cranes stand idle in the port of Busan.",
        "Example Photo",
        "Park Ji-won",
    )
    assert second.caption == "Ships wait outside the harbour."

    alone = ingest_bytes(PHOTO_ALONE, source="Example Photo Service")
    (photo,) = alone.photos_created
    assert (photo.caption, photo.city, photo.from_wire, photo.status) == (
        "The harbour wall after the storm.",
        "Busan",
        True,
        Photo.Status.DRAFT,
    )
    assert WirePicture.objects.get().original_id == "urn:newsml:example.org:20261130:PHOTO"
    assert wire_server.asked(f"{PICS}harbour-thumb.jpg") == 0
