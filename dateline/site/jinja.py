"""The public site's Jinja2 environment: Dateline's shared one (filters,
url(), static()) plus the section menu every page draws."""

from dateline.core.jinja import environment as core_environment

from .cards import CardList
from .menu import MENU, MenuItems


def environment(**options):
    env = core_environment(**options)
    # A global, not a context processor: a view's own "sections" (the error
    # pages pass theirs) must win over it, and context processors run after
    # the view's context.
    env.globals["sections"] = MENU
    env.globals["card_list"] = CardList(env)
    env.globals["menu_items"] = MenuItems(env)
    return env
