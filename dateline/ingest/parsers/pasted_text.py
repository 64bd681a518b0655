"""The foundation's pasted-page importer as a wire parser: the catch-all for
plain text that is no other format."""

from . import register
from .base import IngestedItem, Parsed, ParseError, Parser
from .text import read_text


@register
class PastedTextParser(Parser):
    name = "pasted"
    label = "Pasted article page (plain text)"
    priority = 90

    def sniff(self, data: bytes, filename: str = "") -> bool:
        head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
        if head[:1] in (b"<", b"{", b"["):
            return False
        return not any(ch in head for ch in b"\x00\x01\x02\x03\x04")

    def parse(self, data: bytes) -> Parsed:
        from dateline.ingest.importer import fingerprint
        from dateline.ingest.pasted import NoArticleFound, parse_page_text

        try:
            parsed = parse_page_text(read_text(data))
        except NoArticleFound as exc:
            raise ParseError(f"no article found in the text: {exc}") from None
        dl = parsed.dateline
        return [
            IngestedItem(
                original_id="text:" + fingerprint(parsed)[:40],
                original_version="1",
                headline=parsed.headline,
                paragraphs=list(parsed.paragraphs),
                markup=False,
                bylines=list(parsed.bylines),
                dateline_city=dl.city.title() if dl else "",
                dateline_country=dl.country if dl else "",
                dateline_agency=dl.agency if dl else "",
                first_created=parsed.published,
                version_created=parsed.published,
                section_name=parsed.section,
                ednote=parsed.ednote[:500],
                credit=parsed.credit[:120],
                dateline_text=dl.raw[:200] if dl else "",
                # Captions are kept apart from the body, for the desk to see.
                desk_notes=[f"Photo caption: {c}" for c in parsed.captions],
                source_text="\n\n".join(parsed.paragraphs),
            )
        ]
