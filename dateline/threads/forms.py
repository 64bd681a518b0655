"""The thread desk's forms. They check only what the markup promises
(required, a length limit); titles and story IDs are judged by the services
in .services, whose ThreadError the views attach to the field, so the desk,
the admin and the suggestion review never disagree about what is allowed.
A bound form re-renders what was typed, so nothing is lost to an error."""

from django import forms

from .services import STORY_ID_MISSING, TITLE_MAX, TITLE_MISSING, TITLE_TOO_LONG


def _title_field(label, help_text):
    return forms.CharField(
        label=label,
        help_text=help_text,
        max_length=TITLE_MAX,
        error_messages={"required": TITLE_MISSING, "max_length": TITLE_TOO_LONG},
    )


class ThreadTitleForm(forms.Form):
    """A new thread's title (the index page)."""

    title = _title_field("Title", "The web address is made from the title and stays when you rename the thread.")

    def __init__(self, *args, auto_id="new-%s", **kwargs):
        super().__init__(*args, auto_id=auto_id, **kwargs)


class RenameThreadForm(ThreadTitleForm):
    title = _title_field("New title", "The thread’s web address does not change.")

    def __init__(self, *args, auto_id="rename-%s", **kwargs):
        super().__init__(*args, auto_id=auto_id, **kwargs)


class AddStoryForm(forms.Form):
    public_id = forms.CharField(
        label="Story ID",
        max_length=32,
        help_text="The public ID shown under the headline on the desk, for example in the article’s web "
        "address. Only published stories can join.",
        error_messages={"required": STORY_ID_MISSING, "max_length": "A story’s public ID has at most 32 characters."},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    move = forms.BooleanField(
        label="Move it from its current thread",
        required=False,
        help_text="A story belongs to one thread. Without this, a story already in another thread is not moved.",
    )

    def __init__(self, *args, auto_id="add-%s", **kwargs):
        super().__init__(*args, auto_id=auto_id, **kwargs)
