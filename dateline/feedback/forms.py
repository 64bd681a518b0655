"""Forms for the reader's widget and the newsroom's inbox."""

import re

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q

from dateline.core.params import DateField
from dateline.core.text import strip_control
from dateline.stories.models import Section

from . import conf
from .models import Feedback

TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def plain(value):
    """Reader text as we store it: control characters gone, line ends unified."""
    return strip_control(value.replace("\r\n", "\n").replace("\r", "\n"))


class PlainTextField(forms.CharField):
    """A CharField that strips control characters before any validation, so
    a stray NUL or escape sequence is dropped instead of refusing the message."""

    def to_python(self, value):
        if value not in self.empty_values:
            value = plain(str(value))
        return super().to_python(value)


class PlainEmailField(forms.EmailField):
    def to_python(self, value):
        if value not in self.empty_values:
            value = plain(str(value))
        return super().to_python(value)


class FeedbackForm(forms.Form):
    message = PlainTextField(
        label="Your message",
        widget=forms.Textarea,
        error_messages={"required": "Please write a message."},
    )
    email = PlainEmailField(
        label="Email (optional)",
        required=False,
        max_length=254,
        error_messages={"invalid": "Please enter a valid email address, like name@example.com, or leave it empty."},
    )
    category = forms.ChoiceField(
        label="What is it about?",
        choices=Feedback.Category.choices,
        initial=Feedback.Category.OTHER,
        error_messages={"invalid_choice": "Please choose what your message is about."},
    )
    version = forms.IntegerField(
        min_value=1, widget=forms.HiddenInput, error_messages={"required": "Please reload the page and try again."}
    )
    token = forms.CharField(
        widget=forms.HiddenInput, error_messages={"required": "Please reload the page and try again."}
    )
    paragraph = forms.IntegerField(min_value=1, required=False, widget=forms.HiddenInput)
    quote = PlainTextField(required=False, widget=forms.HiddenInput)
    # The honeypot: hidden from people and assistive technology, filled by bots.
    leave_blank = forms.CharField(required=False)

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        limit = conf.get("FEEDBACK_MESSAGE_MAX")
        if not message:
            raise forms.ValidationError("Please write a message.")
        if len(message) > limit:
            raise forms.ValidationError(
                f"Please shorten your message to {limit:,} characters or fewer (it has {len(message):,})."
            )
        return message

    def clean_token(self):
        token = self.cleaned_data["token"].strip()
        if not TOKEN.match(token):
            raise forms.ValidationError("Please reload the page and try again.")
        return token

    def clean_quote(self):
        quote = " ".join(self.cleaned_data["quote"].split())
        limit = conf.get("FEEDBACK_QUOTE_MAX")
        if len(quote) > limit:
            quote = quote[: limit - 1].rstrip() + "…"
        return quote


class TriageForm(forms.Form):
    status = forms.ChoiceField(label="Status", choices=Feedback.Status.choices)
    assignee = forms.ModelChoiceField(label="Assigned to", queryset=None, required=False, empty_label="Nobody")
    note = PlainTextField(
        label="Internal note",
        widget=forms.Textarea,
        required=False,
        max_length=5000,
        help_text="Only the newsroom sees notes.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = triagers()


def triagers():
    """Active users who hold the triage permission, directly, by group or as superusers."""
    User = get_user_model()
    perm = Q(codename="triage_feedback", content_type__app_label="feedback")
    from django.contrib.auth.models import Permission

    perms = Permission.objects.filter(perm)
    return (
        User.objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(user_permissions__in=perms) | Q(groups__permissions__in=perms))
        .distinct()
        .order_by("username")
    )


class InboxFilterForm(forms.Form):
    status = forms.ChoiceField(
        label="Status", required=False, choices=[("", "Any status")] + list(Feedback.Status.choices)
    )
    category = forms.ChoiceField(
        label="Category", required=False, choices=[("", "Any category")] + list(Feedback.Category.choices)
    )
    section = forms.ModelChoiceField(
        label="Section", required=False, queryset=Section.objects.all(), empty_label="Any section"
    )
    story = forms.CharField(label="Story ID", required=False, max_length=32)
    since = DateField(label="From", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = DateField(label="To", required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean_story(self):
        return self.cleaned_data["story"].strip().upper()

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            self.add_error("until", "The end date must not be before the start date.")
        return data
