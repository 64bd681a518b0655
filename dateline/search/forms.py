"""The search form: validates what readers type and turns it into a SearchQuery."""

from django import forms

from dateline.core.params import DateField

from .query import MAX_QUERY_CHARS, QueryError, SearchQuery

SORT_CHOICES = [("relevance", "Best match"), ("date", "Newest first")]


class SearchForm(forms.Form):
    q = forms.CharField(
        label="Search for",
        required=False,
        max_length=MAX_QUERY_CHARS,
        strip=True,
        error_messages={"max_length": f"Searches are limited to {MAX_QUERY_CHARS} characters; shorten yours."},
    )
    section = forms.ChoiceField(label="Section", required=False)
    byline = forms.CharField(label="Byline", required=False, max_length=120)
    keyword = forms.CharField(label="Keyword", required=False, max_length=120)
    date_from = DateField(
        label="From",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Enter the start date as YYYY-MM-DD."},
    )
    date_to = DateField(
        label="To",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Enter the end date as YYYY-MM-DD."},
    )
    sort = forms.ChoiceField(
        label="Sort",
        required=False,
        choices=SORT_CHOICES,
        error_messages={"invalid_choice": "Sort by relevance or by date."},
    )
    page = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=500,
        error_messages={
            "invalid": "There is no such page of results.",
            "min_value": "There is no such page of results.",
            "max_value": "Only the first 500 pages of results are shown.",
        },
    )

    def __init__(self, data, sections, per_page=20):
        super().__init__(data)
        self.per_page = per_page
        if "section" in self.fields:
            self.fields["section"].choices = [("", "All sections")] + [(s.slug, s.name) for s in sections]
        self.query = None

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        try:
            self.query = SearchQuery(
                text=data.get("q") or "",
                section=data.get("section") or "",
                byline=(data.get("byline") or "").strip(),
                keyword=(data.get("keyword") or "").strip(),
                date_from=data.get("date_from"),
                date_to=data.get("date_to"),
                sort=data.get("sort") or "relevance",
                page=data.get("page") or 1,
                per_page=self.per_page,
            )
        except QueryError as exc:
            raise forms.ValidationError(str(exc)) from None
        return data

    @property
    def is_blank(self):
        """Nothing to search for: show the form, not "no results"."""
        return self.query is not None and not self.query.terms and not self.query.has_filters


class PhotoSearchForm(SearchForm):
    """The photo archive's search: words (caption, credit, place, keywords),
    a keyword filter and dates (the day taken, else published)."""

    section = None  # type: ignore[assignment]  # photos have no section or byline
    byline = None  # type: ignore[assignment]

    def __init__(self, data, per_page=24):
        super().__init__(data, [], per_page=per_page)
