"""The "All stories" desk's filters. Bad values are form errors shown with
what was typed, never a 500."""

from django import forms
from django.contrib.auth import get_user_model

from dateline.core.params import DateField
from dateline.stories.models import Section, Story

from .finder import Finding
from .forms import URGENCY_CHOICES


class FindForm(forms.Form):
    q = forms.CharField(required=False, max_length=300, label="Words", help_text="In the headline, slugline or body.")
    status = forms.ChoiceField(required=False, choices=[("", "Any status"), *Story.Status.choices])
    section = forms.ModelChoiceField(
        required=False, queryset=Section.objects.all(), empty_label="All sections", to_field_name="slug"
    )
    author = forms.ModelChoiceField(
        required=False,
        queryset=get_user_model().objects.none(),
        empty_label="Anyone",
        to_field_name="username",
        label="Written by",
    )
    urgency = forms.TypedChoiceField(
        required=False, choices=[("", "Any"), *URGENCY_CHOICES], coerce=int, empty_value=None
    )
    date_from = DateField(required=False, label="From", widget=forms.DateInput(attrs={"type": "date"}))
    date_to = DateField(required=False, label="To", widget=forms.DateInput(attrs={"type": "date"}))
    page = forms.IntegerField(required=False, min_value=1, max_value=500, widget=forms.HiddenInput)

    def __init__(self, *args, show_authors=True, **kwargs):
        super().__init__(*args, **kwargs)
        if show_authors:
            # Everyone who ever wrote for the desk, active or not: old stories
            # keep their authors.
            self.fields["author"].queryset = get_user_model().objects.filter(author__isnull=False).order_by("username")
            self.fields["author"].label_from_instance = lambda u: (
                f"{u.get_full_name()} ({u.username})" if u.get_full_name() else u.username
            )
        else:
            del self.fields["author"]  # reporters see only their own stories anyway

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", "The end date is before the start date.")
        return data

    def finding(self):
        data = self.cleaned_data
        return Finding(
            text=" ".join((data.get("q") or "").split()),
            status=data.get("status") or "",
            section=data.get("section"),
            author=data.get("author"),
            urgency=data.get("urgency"),
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            page=data.get("page") or 1,
        )
