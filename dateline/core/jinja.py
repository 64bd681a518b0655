"""The Jinja2 environment for Dateline's pages."""

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from jinja2 import Environment

from . import timefmt


def url(name, *args, **kwargs):
    return reverse(name, args=args or None, kwargs=kwargs or None)


def absolute(path):
    return settings.DATELINE_SITE_URL + path


def environment(**options):
    env = Environment(**options)
    env.globals.update(
        url=url,
        static=static,
        absolute=absolute,
        site_name=settings.DATELINE_SITE_NAME,
        agency=settings.DATELINE_AGENCY,
    )
    env.filters.update(
        display_time=timefmt.display_time,
        display_date=timefmt.display_date,
        iso=timefmt.iso,
    )
    return env
