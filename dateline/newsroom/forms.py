"""Desk forms. They turn what was typed into working-copy values and keep it
all on error, so nothing typed is ever lost to a validation message."""

import html
from datetime import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone

from dateline.core.html import body_from_html
from dateline.core.timefmt import newsroom_zone
from dateline.stories.models import Author, Section
from dateline.stories.services import clean_paragraphs, split_plain_text

URGENCY_CHOICES = [(1, "1 – Flash"), (2, "2 – Urgent"), (3, "3 – Priority"), (4, "4 – Routine"), (5, "5 – Background")]


def body_to_text(paragraphs):
    """Stored paragraphs to the editor's text: blank lines between paragraphs.
    Only &amp; is unescaped; other entities stay so re-saving cannot make tags."""
    return "\n\n".join(p.replace("&amp;", "&") for p in paragraphs)


def split_list(text, separators=",;\n"):
    for sep in separators[1:]:
        text = text.replace(sep, separators[0])
    seen, out = set(), []
    for item in (" ".join(part.split()) for part in text.split(separators[0])):
        if item and item.lower() not in seen:
            seen.add(item.lower())
            out.append(item)
    return out


def staff_authors():
    return Author.objects.filter(user__isnull=False, user__is_active=True).order_by("name")


class StoryForm(forms.Form):
    headline = forms.CharField(max_length=300)
    section = forms.ModelChoiceField(queryset=Section.objects.all(), empty_label=None)
    staff_bylines = forms.ModelMultipleChoiceField(
        queryset=Author.objects.none(),
        required=False,
        label="Staff bylines",
        help_text="Hold Ctrl (Cmd on a Mac) to pick more than one.",
        widget=forms.SelectMultiple(attrs={"size": 4}),
    )
    other_bylines = forms.CharField(
        required=False,
        max_length=500,
        label="Other bylines",
        help_text="Names not on the staff list, separated by commas.",
    )
    dateline_city = forms.CharField(required=False, max_length=80, label="Dateline city")
    dateline_country = forms.CharField(
        required=False, max_length=80, label="Dateline country", help_text="Leave empty for home-country datelines."
    )
    urgency = forms.TypedChoiceField(choices=URGENCY_CHOICES, coerce=int, initial=4)
    keywords = forms.CharField(required=False, max_length=500, help_text="Separated by commas.")
    slugline = forms.CharField(required=False, max_length=120)
    body = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 18, "data-rich-body": ""}),
        help_text="Leave a blank line between paragraphs. Pasted text keeps its paragraphs. Subheads, lists, "
        "quotes and tables are their HTML, each on a paragraph of its own.",
    )
    # Posted by the rich-text editor (with scripts) alongside the textarea;
    # when present it is the body. The server sanitises it like any HTML.
    body_html = forms.CharField(required=False, strip=False, widget=forms.HiddenInput)
    ednote = forms.CharField(
        required=False,
        max_length=500,
        label="Editor's note",
        help_text='For subscribers, sent with the next version only, e.g. "ATTN: UPDATES with reaction in paras 3-5".',
    )
    base_revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["staff_bylines"].queryset = staff_authors()

    @classmethod
    def initial_for(cls, story):
        staff = {a.name: a for a in staff_authors()}
        return {
            "headline": story.headline,
            "section": story.section_id,
            "staff_bylines": [staff[n].pk for n in story.bylines if n in staff],
            "other_bylines": ", ".join(n for n in story.bylines if n not in staff),
            "dateline_city": story.dateline_city,
            "dateline_country": story.dateline_country,
            "urgency": story.urgency,
            "keywords": ", ".join(story.keywords),
            "slugline": story.slugline,
            "body": body_to_text(story.body),
            "ednote": story.ednote,
            "base_revision": story.revision,
        }

    def clean_headline(self):
        headline = " ".join(self.cleaned_data["headline"].split())
        if not headline:
            raise forms.ValidationError("A story needs a headline.")
        return headline

    def working_copy(self):
        """The cleaned values as Story working-copy fields."""
        data = self.cleaned_data
        bylines = [a.name for a in data["staff_bylines"]]
        bylines += [n for n in split_list(data["other_bylines"], ",;") if n not in bylines]
        return {
            "headline": data["headline"],
            "section_id": data["section"].pk,
            "bylines": bylines,
            "dateline_city": " ".join(data["dateline_city"].split()),
            "dateline_country": " ".join(data["dateline_country"].split()),
            "urgency": data["urgency"],
            "keywords": split_list(data["keywords"]),
            "slugline": " ".join(data["slugline"].split()),
            "body": self.body_items(),
            "ednote": " ".join(data["ednote"].split()),
        }

    def body_items(self):
        """The body as stored items: from the rich editor's HTML when it sent
        some, else from the textarea (one item per paragraph, blank lines
        between, blocks as their HTML)."""
        if self.data.get("body_html") is not None:
            return clean_paragraphs(body_from_html(self.cleaned_data["body_html"]), markup=True)
        return clean_paragraphs(split_plain_text(self.cleaned_data["body"]), markup=True)


class NewStoryForm(StoryForm):
    base_revision = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.pop("base_revision", None)


def parse_local(value):
    """A datetime-local value in the newsroom's zone, as an aware datetime."""
    naive = datetime.fromisoformat(value)
    return timezone.make_aware(naive, newsroom_zone()) if timezone.is_naive(naive) else naive


class WhenField(forms.DateTimeField):
    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return parse_local(str(value).strip())
        except ValueError:
            raise forms.ValidationError("Enter a date and time, e.g. 2026-11-28 14:30.") from None


class WorkflowForm(forms.Form):
    ACTIONS = ("submit", "return", "publish", "update", "correct", "schedule", "embargo", "kill")
    action = forms.ChoiceField(choices=[(a, a) for a in ACTIONS])
    when = WhenField(required=False, label="Time (newsroom time)")
    label = forms.CharField(required=False, max_length=40, help_text='e.g. "(LEAD)", "(2nd LD)".')
    correction = forms.CharField(
        required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}), label="Correction note"
    )
    reason = forms.CharField(required=False, max_length=500, label="Reason shown to readers")

    def clean_label(self):
        return " ".join(html.unescape(self.cleaned_data["label"]).split())


class StaffForm(forms.Form):
    username = forms.RegexField(
        regex=r"^[\w.@+-]+$", max_length=150, error_messages={"invalid": "Letters, digits and @ . + - _ only."}
    )
    name = forms.CharField(max_length=120, label="Name for bylines")
    email = forms.EmailField(required=False)
    role = forms.ChoiceField(choices=[("reporter", "Reporter"), ("editor", "Editor"), ("chief", "Chief editor")])
    password = forms.CharField(
        widget=forms.PasswordInput(render_value=False), min_length=10, help_text="At least 10 characters."
    )

    def clean_username(self):
        username = self.cleaned_data["username"]
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise forms.ValidationError("That username is taken.")
        return username


class SectionForm(forms.ModelForm):
    class Meta:
        model = Section
        fields = ["name", "slug", "code", "position", "description"]


class DeskSettingsForm(forms.ModelForm):
    class Meta:
        from .models import DeskSettings

        model = DeskSettings
        fields = ["agency_credit", "default_section", "default_urgency"]
