"""A page that reached the desk by e-mail, hard-wrapped by the mail client
and perhaps quoted in a reply ("> ..."), reads like the page itself: its
wrapped captions stay whole and out of the body, its paragraphs whole."""

import textwrap

import pytest

from dateline.ingest.pasted import parse_page_text

PAGE = """National

Port city to open first hydrogen tram line next spring

Society 17:40 October 28, 2021

By Cho Min-seo

A test tram runs on a track in Ulsan in this photo provided by the city government on Oct. 27, 2021.
(Yonhap)

ULSAN, Oct. 28 (Yonhap) -- The southeastern port city of Ulsan will open its first hydrogen-powered tram line next spring, linking the main railway station with the shipyard district, city officials said Thursday.

The 11-kilometer line will have 15 stops and run every eight minutes during rush hours, according to the city.

Workers lay track near the main railway station in Ulsan on Oct. 20, 2021. (Yonhap)

Fares will match those of city buses, and transfers will be free within 30 minutes.

(END)
"""


def _wrapped(text, width=72):
    return "\n".join(line for para in text.split("\n") for line in (textwrap.wrap(para, width) or [""]))


def _quoted(text):
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


@pytest.mark.parametrize("copy", [_wrapped, lambda t: _quoted(_wrapped(t))], ids=["wrapped", "wrapped-and-quoted"])
def test_mail_copy_reads_like_the_page(copy):
    page, mail = parse_page_text(PAGE), parse_page_text(copy(PAGE))
    assert mail.headline == page.headline == "Port city to open first hydrogen tram line next spring"
    assert mail.bylines == page.bylines == ["Cho Min-seo"]
    assert mail.dateline.raw == "ULSAN, Oct. 28 (Yonhap) --"
    assert (
        mail.captions
        == page.captions
        == [
            "A test tram runs on a track in Ulsan in this photo provided by the city government on Oct. 27, 2021. (Yonhap)",
            "Workers lay track near the main railway station in Ulsan on Oct. 20, 2021. (Yonhap)",
        ]
    )
    assert mail.paragraphs == page.paragraphs
    assert len(mail.paragraphs) == 3
