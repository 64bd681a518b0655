"""Steps the newsroom's browser tests share."""

from .conftest import PASSWORD


def sign_in(page, live_server, username):
    page.goto(live_server.url + "/newsroom/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button:has-text('Sign in')")
    page.wait_for_url(live_server.url + "/newsroom/")


def fill_body(page, text):
    """Replace the story body as a person would: in the rich-text editor when
    it is on the page (each paragraph entered as text, Enter between them),
    else the textarea."""
    rich = page.locator(".rte-content")
    if not rich.count():
        page.fill("#id_body", text)
        return
    rich.click()
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    for i, paragraph in enumerate(text.split("\n\n")):
        if i:
            page.keyboard.press("Enter")
        page.keyboard.insert_text(paragraph)


WIDTHS = ((1366, 900), (390, 844))


def check_both_widths(page, axe):
    """axe finds nothing and the page never scrolls sideways, on a laptop and
    on a phone. Returns the problems (empty is the goal)."""
    problems = []
    for width, height in WIDTHS:
        page.set_viewport_size({"width": width, "height": height})
        problems += [f"{width}px: {v}" for v in axe(page)]
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            problems.append(f"{width}px: scrolls sideways by {overflow}px")
    page.set_viewport_size({"width": WIDTHS[0][0], "height": WIDTHS[0][1]})
    return problems
