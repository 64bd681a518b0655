"""NITF and NewsML 1.2 ask for a zone on every time. A time sent without one
is read on the clock of the item's other times when any of them gives its
offset (the item's own times first, then the envelope's); with none to go
by it is read as UTC and the desk is told so."""

from datetime import UTC, datetime, timedelta, timezone

from dateline.ingest import parsers

OSLO_SUMMER = timezone(timedelta(hours=2))


def nitf(issue, release="", story_date=""):
    release_el = f'<date.release norm="{release}"/>' if release else ""
    dateline = f'<dateline>Oslo <story.date norm="{story_date}">7. sep.</story.date></dateline>' if story_date else ""
    doc = f"""<nitf><head><docdata><doc-id id-string="ntb-1"/><date.issue norm="{issue}"/>{release_el}</docdata></head>
      <body><body.head><hedline><hl1>Ferry resumes</hl1></hedline>{dateline}</body.head>
      <body.content><p>The ferry resumed on Monday.</p></body.content></body></nitf>"""
    (item,) = parsers.get("nitf").parse(doc.encode())
    return item


def test_nitf_issue_time_without_zone_takes_the_release_times_offset():
    item = nitf("2020-09-07T14:45:26", release="20200908T060000+0200")
    assert item.first_created == datetime(2020, 9, 7, 14, 45, 26, tzinfo=OSLO_SUMMER)
    assert item.first_created == datetime(2020, 9, 7, 12, 45, 26, tzinfo=UTC)
    assert item.embargo_until == datetime(2020, 9, 8, 4, 0, tzinfo=UTC)
    assert not any("time zone" in note for note in item.desk_notes)


def test_nitf_dateline_date_with_an_offset_also_says_the_clock():
    item = nitf("20200907T144526", story_date="20200907T000000+0200")
    assert item.first_created == datetime(2020, 9, 7, 12, 45, 26, tzinfo=UTC)


def test_with_no_offset_anywhere_the_time_is_utc_and_the_desk_is_told():
    item = nitf("2020-09-07T14:45:26")
    assert item.first_created == datetime(2020, 9, 7, 14, 45, 26, tzinfo=UTC)
    assert "Sent without a time zone, read as UTC: 2020-09-07T14:45:26" in item.desk_notes


def newsml12(first, revised, envelope):
    doc = f"""<NewsML Version="1.2"><NewsEnvelope><DateAndTime>{envelope}</DateAndTime></NewsEnvelope>
      <NewsItem><Identification><NewsIdentifier><ProviderId>ana.gr</ProviderId><DateId>20180404</DateId>
        <NewsItemId>1</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier></Identification>
      <NewsManagement><FirstCreated>{first}</FirstCreated><ThisRevisionCreated>{revised}</ThisRevisionCreated>
        <Status FormalName="Usable"/></NewsManagement>
      <NewsComponent><NewsLines><HeadLine>Port strike ends</HeadLine></NewsLines>
        <ContentItem><MediaType FormalName="Text"/><Format FormalName="Text"/>
          <DataContent>The strike ended on Wednesday.</DataContent></ContentItem></NewsComponent></NewsItem></NewsML>"""
    (item,) = parsers.get("newsml12").parse(doc.encode())
    return item


def test_newsml12_item_times_take_the_offset_of_the_items_other_time():
    item = newsml12("20180404T175859", "20180404T175859+0300", "20180404T150000Z")
    athens = timezone(timedelta(hours=3))
    assert item.first_created == datetime(2018, 4, 4, 17, 58, 59, tzinfo=athens)
    assert item.version_created == item.first_created


def test_newsml12_item_times_without_any_offset_take_the_envelopes():
    item = newsml12("20180404T175859", "20180404T175859", "20180404T175903+0300")
    assert item.first_created == datetime(2018, 4, 4, 14, 58, 59, tzinfo=UTC)
    assert not any("time zone" in note for note in item.desk_notes)


def test_newsml12_with_no_offset_anywhere_is_utc_and_the_desk_is_told():
    item = newsml12("20180404T175859", "20180404T175900", "20180404T175903")
    assert item.first_created == datetime(2018, 4, 4, 17, 58, 59, tzinfo=UTC)
    assert "Sent without a time zone, read as UTC: 20180404T175859, 20180404T175900" in item.desk_notes
