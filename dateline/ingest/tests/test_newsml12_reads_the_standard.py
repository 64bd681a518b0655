"""NewsML 1.2 parts the real sample does not show: several items, embargo by
StatusWillChange, an XHTML body, a picture-only item whose file is named
relative to a package Dateline was not sent."""

from datetime import UTC, datetime

from dateline.core.html import block_tag
from dateline.ingest import parsers
from dateline.ingest.parsers import IngestedPicture

DOC = b"""<?xml version="1.0" encoding="UTF-8"?>
<NewsML Version="1.2">
  <NewsEnvelope><DateAndTime>20261028T090000Z</DateAndTime><Priority FormalName="3"/></NewsEnvelope>
  <NewsItem>
    <Identification><NewsIdentifier><ProviderId>example.org</ProviderId><DateId>20261028</DateId>
      <NewsItemId>TALKS</NewsItemId><RevisionId PreviousRevision="1" Update="N">2</RevisionId>
      <PublicIdentifier>urn:newsml:example.org:20261028:TALKS:2</PublicIdentifier></NewsIdentifier></Identification>
    <NewsManagement>
      <NewsItemType FormalName="News"/>
      <FirstCreated>20261028T080000Z</FirstCreated><ThisRevisionCreated>20261028T090000Z</ThisRevisionCreated>
      <Status FormalName="Embargoed"/>
      <StatusWillChange><FutureStatus FormalName="Usable"/>
        <DateAndTime>20261029T060000Z</DateAndTime></StatusWillChange>
      <Urgency FormalName="2"/>
    </NewsManagement>
    <NewsComponent>
      <NewsLines><HeadLine>Talks resume</HeadLine><ByLine>By Anna Weber</ByLine>
        <DateLine>GENEVA, Oct. 28 (Example) --</DateLine><SlugLine>TALKS</SlugLine></NewsLines>
      <DescriptiveMetadata><Language FormalName="de"/></DescriptiveMetadata>
      <NewsComponent>
        <Role FormalName="Main"/>
        <ContentItem><MediaType FormalName="Text"/><Format FormalName="XHTML"/>
          <DataContent><html xmlns="http://www.w3.org/1999/xhtml"><body>
            <p>Talks resumed on Wednesday.</p><h2>Next</h2><ul><li>A third round</li></ul>
          </body></html></DataContent></ContentItem>
      </NewsComponent>
      <NewsComponent>
        <Role FormalName="Caption"/>
        <ContentItem><MediaType FormalName="Text"/><Format FormalName="Text"/>
          <DataContent>Not the story: a caption.</DataContent></ContentItem>
      </NewsComponent>
    </NewsComponent>
  </NewsItem>
  <NewsItem>
    <Identification><NewsIdentifier><ProviderId>example.org</ProviderId><DateId>20261028</DateId>
      <NewsItemId>PHOTO</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier></Identification>
    <NewsManagement><Status FormalName="Usable"/></NewsManagement>
    <NewsComponent><NewsLines><HeadLine>A photo</HeadLine></NewsLines>
      <ContentItem Href="photo.jpg"><MediaType FormalName="Photo"/></ContentItem></NewsComponent>
  </NewsItem>
</NewsML>"""


def test_each_item_is_read_on_its_own_and_a_picture_without_an_address_is_refused_by_name():
    story, photo = parsers.detect(DOC).parse(DOC)
    assert story.headline == "Talks resume"
    assert isinstance(photo, IngestedPicture) and photo.picture.headline == "A photo"
    assert photo.problems() == [
        "a picture item with no rendition of a kept type (JPEG, PNG, WebP, AVIF, HEIC) to fetch"
    ]


def test_identity_times_and_embargo():
    story, _ = parsers.get("newsml12").parse(DOC)
    assert (story.original_id, story.original_version) == ("urn:newsml:example.org:20261028:TALKS", "2")
    assert story.first_created == datetime(2026, 10, 28, 8, 0, tzinfo=UTC)
    assert story.version_created == datetime(2026, 10, 28, 9, 0, tzinfo=UTC)
    assert story.embargo_until == datetime(2026, 10, 29, 6, 0, tzinfo=UTC)
    assert story.pubstatus == "usable" and story.urgency == 2


def test_main_component_body_and_the_enclosing_news_lines():
    story, _ = parsers.get("newsml12").parse(DOC)
    assert [block_tag(p) for p in story.paragraphs] == ["p", "h2", "ul"]
    assert "caption" not in " ".join(story.paragraphs)
    assert story.bylines == ["Anna Weber"] and story.slugline == "TALKS" and story.language == "de"
    assert (story.dateline_text, story.dateline_city, story.dateline_agency) == (
        "GENEVA, Oct. 28 (Example) --",
        "Geneva",
        "Example",
    )
