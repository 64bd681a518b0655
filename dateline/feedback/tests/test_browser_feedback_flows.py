"""In a real browser: the reader's flows with and without JavaScript, the
passage flow, and triage in the inbox; axe finds nothing with the form open
and after sending."""

import re

import pytest

from dateline.feedback.models import Feedback, FeedbackEvent

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def text_of(page):
    return " ".join(page.evaluate("document.body.innerText").split())


@pytest.fixture
def axe_without_script(browser, axe):
    """axe needs JavaScript to run; check the page as a reader without
    JavaScript gets it by blocking the widget's script instead."""
    context = browser.new_context()

    def check(url):
        page = context.new_page()
        page.route("**/feedback/feedback.js", lambda route: route.abort())
        page.goto(url)
        return axe(page)

    yield check
    context.close()


@pytest.fixture
def no_js_page(browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_without_javascript_the_form_posts_redirects_and_thanks(story, live_server, no_js_page, axe_without_script):
    page = no_js_page
    page.goto(live_server.url + story.get_absolute_url())
    text = text_of(page)
    assert "Send Feedback" in text and "How can we improve?" not in text
    page.get_by_text("Send Feedback", exact=True).click()
    assert text_of(page).index("Send Feedback") < text_of(page).index("How can we improve?")
    page.get_by_label("What is it about?").select_option("typo")
    page.get_by_label("Your message").fill("The headline says Thursday; it was Wednesday. 수요일")
    page.get_by_label("Email").fill("reader@example.com")
    page.get_by_role("button", name="Send", exact=True).click()
    # The article page is cached for every reader and carries no CSRF
    # token: the first send stores nothing and asks to confirm, text kept.
    page.get_by_role("heading", name="Please confirm your feedback").wait_for()
    assert page.get_by_label("Your message").input_value().endswith("수요일")
    assert not Feedback.objects.exists()
    page.get_by_role("button", name="Send", exact=True).click()
    page.wait_for_url(re.compile(r".*\?feedback=thanks#feedback$"))
    status = page.get_by_role("status")
    assert status.inner_text() == "Thanks for your feedback!"
    text = text_of(page)
    assert text.index("Send Feedback") < text.index("Thanks for your feedback!")
    assert axe_without_script(page.url) == []
    fb = Feedback.objects.get()
    assert (fb.category, fb.email, fb.version_id) == ("typo", "reader@example.com", story.live_id)
    assert fb.message.endswith("수요일")


def test_without_the_script_an_error_keeps_the_text(story, live_server, page, axe):
    # The widget's script is blocked, so the form is sent as a plain POST
    # (axe itself needs JavaScript, so it is not switched off entirely here).
    page.route("**/feedback/feedback.js", lambda route: route.abort())
    page.goto(live_server.url + story.get_absolute_url() + "?feedback=open")
    page.get_by_label("Your message").fill("Keep this text <b>한국어</b>")
    page.get_by_label("Email").fill("not-an-email")
    page.get_by_role("button", name="Send", exact=True).click()
    page.get_by_role("heading", name="Your feedback was not sent").wait_for()
    assert page.get_by_label("Your message").input_value() == "Keep this text <b>한국어</b>"
    assert page.get_by_label("Email").get_attribute("aria-invalid") == "true"
    assert "valid email address" in text_of(page)
    assert axe(page) == []
    assert not Feedback.objects.exists()


def test_with_javascript_sending_happens_in_place(story, live_server, page, axe):
    page.goto(live_server.url + story.get_absolute_url())
    url = page.url
    page.get_by_text("Send Feedback", exact=True).click()
    assert page.get_by_role("heading", name="How can we improve?").is_visible()
    assert axe(page) == []
    page.get_by_label("What is it about?").select_option("context")
    page.get_by_label("Your message").fill("Please explain the 1950-53 war context 🙏")
    page.get_by_role("button", name="Send", exact=True).click()
    status = page.get_by_role("status")
    status.filter(has_text="Thanks for your feedback!").wait_for()
    assert page.url == url  # no reload
    assert page.evaluate("document.activeElement.id") == "feedback-status"
    assert not page.locator("#feedback-form").is_visible()
    assert axe(page) == []
    fb = Feedback.objects.get()
    assert (fb.category, fb.message) == ("context", "Please explain the 1950-53 war context 🙏")

    # Sending again starts from an empty form with a new submission token.
    page.get_by_role("link", name="Send more feedback").click()
    assert page.get_by_label("Your message").input_value() == ""
    assert page.evaluate("document.activeElement.id") == "fb-message"
    page.get_by_label("Your message").fill("A second note")
    page.get_by_role("button", name="Send", exact=True).click()
    page.get_by_role("status").filter(has_text="Thanks for your feedback!").wait_for()
    assert Feedback.objects.count() == 2


def test_with_javascript_an_error_is_shown_in_place_and_focus_goes_to_the_field(story, live_server, page, axe):
    page.goto(live_server.url + story.get_absolute_url() + "?feedback=open")
    page.get_by_label("Your message").fill("   ")
    page.get_by_role("button", name="Send", exact=True).click()
    page.locator("#fb-message-error").filter(has_text="Please write a message.").wait_for()
    assert page.evaluate("document.activeElement.id") == "fb-message"
    assert page.get_by_label("Your message").get_attribute("aria-invalid") == "true"
    assert axe(page) == []


def test_keyboard_only_reader_can_open_fill_and_send(story, live_server, page):
    page.goto(live_server.url + story.get_absolute_url())
    page.locator("summary").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "fb-category"
    page.keyboard.press("Tab")
    page.keyboard.type("Sent with the keyboard")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Send"
    page.keyboard.press("Enter")
    page.get_by_role("status").filter(has_text="Thanks for your feedback!").wait_for()
    assert Feedback.objects.get().message == "Sent with the keyboard"


def test_selecting_a_passage_offers_feedback_about_it(story, live_server, page, axe):
    page.goto(live_server.url + story.get_absolute_url())
    # Select "a ministry spokesperson said" in paragraph 2, as a mouse would.
    page.evaluate("""() => {
        const p = document.getElementById('p2');
        const text = p.firstChild;
        const start = text.textContent.indexOf('a ministry spokesperson');
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, start + 'a ministry spokesperson said'.length);
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
    }""")
    page.mouse.move(10, 10)
    page.dispatch_event("#p2", "mouseup")
    button = page.get_by_role("button", name="Send Feedback about the selected passage")
    button.wait_for()
    assert page.evaluate("document.getElementById('feedback-passage-button').previousElementSibling.id") == "p2"
    button.click()
    assert page.get_by_role("heading", name="How can we improve?").is_visible()
    assert "a ministry spokesperson said" in page.locator("#feedback-quote").inner_text()
    assert "(paragraph 2)" in page.locator("#feedback-passage-label").inner_text()
    assert page.evaluate("document.activeElement.id") == "fb-message"
    assert page.locator("#feedback-passage-button").is_hidden()
    assert axe(page) == []
    page.keyboard.type("Which spokesperson?")
    page.get_by_role("button", name="Send", exact=True).click()
    page.get_by_role("status").filter(has_text="Thanks for your feedback!").wait_for()
    fb = Feedback.objects.get()
    assert (fb.paragraph, fb.quote, fb.message) == (2, "a ministry spokesperson said", "Which spokesperson?")
    assert page.locator("#feedback-passage").is_hidden()  # reset for the next message


def test_desk_triages_an_item_in_the_inbox(story, live_server, page, axe, desk_user, make_feedback, sign_in_page):
    fb = make_feedback(
        message="Wrong date", paragraph=2, quote="a ministry spokesperson said", email="reader@example.com"
    )
    # Sign in by session cookie: the sign-in page belongs to the newsroom.
    sign_in_page(page, desk_user)
    page.goto(live_server.url + "/feedback/inbox/")
    assert "1 new" in text_of(page)
    assert axe(page) == []
    page.get_by_label("Status", exact=True).select_option("new")
    page.get_by_role("button", name="Filter").click()
    page.get_by_role("link", name=f"open item {fb.pk}").click()
    assert "<mark>" in page.locator(".item-paragraph").inner_html()
    assert "reader@example.com" in text_of(page)
    assert axe(page) == []
    page.get_by_label("Status").select_option("in_progress")
    page.get_by_label("Assigned to").select_option(label="desk")
    page.get_by_label("Internal note").fill("Asked the reporter.")
    page.get_by_role("button", name="Save").click()
    assert page.get_by_role("status").inner_text() == "Your changes were saved."
    assert "Asked the reporter." in text_of(page)
    assert axe(page) == []
    fb.refresh_from_db()
    assert (fb.status, fb.assignee_id) == ("in_progress", desk_user.pk)
    assert FeedbackEvent.objects.filter(feedback=fb, actor=desk_user).count() == 3


def test_with_javascript_a_rate_limit_keeps_the_text_and_says_when_to_retry(story, live_server, page, axe, settings):
    settings.FEEDBACK_RATES = "1/m"
    page.goto(live_server.url + story.get_absolute_url() + "?feedback=open")
    page.get_by_label("Your message").fill("First")
    page.get_by_role("button", name="Send", exact=True).click()
    page.get_by_role("status").filter(has_text="Thanks for your feedback!").wait_for()
    page.get_by_role("link", name="Send more feedback").click()
    page.get_by_label("Your message").fill("Second, kept 그대로")
    page.get_by_role("button", name="Send", exact=True).click()
    problem = page.locator("#feedback-problem")
    problem.filter(has_text="send it again").wait_for()
    assert page.evaluate("document.activeElement.id") == "feedback-problem"
    assert page.get_by_label("Your message").input_value() == "Second, kept 그대로"
    assert axe(page) == []
    assert list(Feedback.objects.values_list("message", flat=True)) == ["First"]


def test_without_the_script_the_confirming_step_is_accessible_and_sends_once(story, live_server, page, axe):
    page.route("**/feedback/feedback.js", lambda route: route.abort())
    page.goto(live_server.url + story.get_absolute_url() + "?feedback=open")
    page.get_by_label("Your message").fill("The second quote is from the vice minister.")
    page.get_by_role("button", name="Send", exact=True).click()
    page.get_by_role("heading", name="Please confirm your feedback").wait_for()
    assert axe(page) == []
    assert not Feedback.objects.exists()
    page.get_by_role("button", name="Send", exact=True).click()
    page.wait_for_url(re.compile(r".*\?feedback=thanks#feedback$"))
    assert Feedback.objects.get().message == "The second quote is from the vice minister."
