"""The photo desk's forms. They keep everything typed when a save is refused."""

from django import forms

from dateline.photos.models import Photo

ALT_TEXT_HINT = (
    "Required before the photo is published. Say what the picture shows that a reader who cannot see it needs, "
    'in a sentence or two: who, doing what, where ("Rescue workers carry a man from a flooded street in Busan"). '
    'Do not start with "Photo of", and leave out the credit and what the caption already says.'
)


EXTENDED_HINT = (
    "Optional. For a picture whose point alt text cannot carry in a sentence or two (a chart, a map, a "
    "crowded scene): what a reader who cannot see it needs, as long as it takes. Shown under the picture on "
    'its page as "Image description". Blank lines separate paragraphs.'
)


def split_keywords(text: str) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for raw in text.replace(";", ",").replace("\n", ",").split(","):
        word = " ".join(raw.split())
        if word and word.lower() not in seen:
            seen.add(word.lower())
            out.append(word)
    return out


class PhotoForm(forms.Form):
    """What the desk edits of a photo's IPTC description."""

    alt_text = forms.CharField(
        required=False,
        max_length=400,
        label="Alt text",
        help_text=ALT_TEXT_HINT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    extended_description = forms.CharField(
        required=False,
        max_length=10000,
        label="Extended description (accessibility)",
        help_text=EXTENDED_HINT,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    caption = forms.CharField(
        required=False,
        max_length=5000,
        label="Caption",
        help_text="IPTC Description. The credit line closes it on the site, as agencies do.",
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    headline = forms.CharField(required=False, max_length=300, label="Headline")
    credit_line = forms.CharField(required=False, max_length=200, label="Credit line", help_text='e.g. "Yonhap".')
    creator = forms.CharField(required=False, max_length=200, label="Creator", help_text="The photographer.")
    copyright_notice = forms.CharField(required=False, max_length=300, label="Copyright notice")
    rights_usage = forms.CharField(
        required=False,
        max_length=2000,
        label="Rights usage terms",
        help_text="What clients may do with the picture, as the sender licensed it.",
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    keywords = forms.CharField(required=False, max_length=1000, label="Keywords", help_text="Separated by commas.")
    city = forms.CharField(required=False, max_length=120, label="City")
    country = forms.CharField(required=False, max_length=120, label="Country")
    base_revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    TEXT_FIELDS = ("headline", "credit_line", "creator", "copyright_notice", "city", "country", "alt_text")

    @classmethod
    def initial_for(cls, photo: Photo) -> dict:
        initial = {name: getattr(photo, name) for name in cls.base_fields if name not in ("keywords", "base_revision")}
        initial["keywords"] = ", ".join(photo.keywords or [])
        initial["base_revision"] = photo.revision
        return initial

    def changes(self) -> dict[str, object]:
        """The cleaned values as Photo fields."""
        data = self.cleaned_data
        values: dict[str, object] = {name: " ".join(data[name].split()) for name in self.TEXT_FIELDS}
        values["caption"] = data["caption"].strip()
        values["rights_usage"] = data["rights_usage"].strip()
        values["extended_description"] = data["extended_description"].strip()
        values["keywords"] = split_keywords(data["keywords"])
        return values


class FocalPointForm(forms.Form):
    """The focal point in percent of the width and height, as people type it."""

    x = forms.FloatField(min_value=0, max_value=100, label="Across (%)", help_text="0 is the left edge, 100 the right.")
    y = forms.FloatField(min_value=0, max_value=100, label="Down (%)", help_text="0 is the top, 100 the bottom.")

    @classmethod
    def initial_for(cls, photo: Photo) -> dict:
        return {"x": round(photo.focal_x * 100, 1), "y": round(photo.focal_y * 100, 1)}
