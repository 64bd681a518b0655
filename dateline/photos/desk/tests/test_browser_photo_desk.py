"""In chromium: the photo list, uploads by drag and drop with a progress bar
and a result per file, the same form without scripts, and the focal point
set by a click and by the keyboard; axe on each page at 1366 and 390 px."""

import base64
import re

import pytest
from playwright.sync_api import expect

from dateline.newsroom.tests.browser_helpers import check_both_widths
from dateline.photos.models import Photo

from .conftest import SVG, jpeg_bytes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_photo_list_reads_and_works_by_keyboard(live_server, page, sign_in_page, editor, make_photo, axe):
    make_photo(editor, caption="Rescue workers in Busan", alt_text="Rescue workers carry a man from a flooded street.")
    make_photo(editor, caption="Market day in Seoul")
    sign_in_page(page, editor)
    page.goto(live_server.url + "/newsroom/photos/")
    expect(page.locator("h1")).to_have_text("Photos")
    # Every picture has a text: the desk's alt text, or what the photo is while it has none.
    for img in page.locator("main img").all():
        assert img.get_attribute("alt")
    assert page.locator("img[alt='Rescue workers carry a man from a flooded street.']").count() == 1
    assert check_both_widths(page, axe) == []
    page.fill("#f-q", "market")
    page.keyboard.press("Enter")
    expect(page.locator(".photo-card")).to_have_count(1)
    page.locator(".photo-card-link").first.focus()
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(re.compile(r"^Photo "))


def _drop(page, files):
    """Drop files on the drop zone as a person dragging them from the desktop would."""
    page.evaluate(
        """(files) => {
          const transfer = new DataTransfer();
          for (const f of files) {
            const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
            transfer.items.add(new File([bytes], f.name, { type: f.type }));
          }
          const zone = document.querySelector("[data-drop-zone]");
          zone.dispatchEvent(new DragEvent("dragenter", { dataTransfer: transfer, bubbles: true }));
          zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true }));
        }""",
        [{"name": n, "type": t, "data": base64.b64encode(b).decode()} for n, t, b in files],
    )


def test_dropping_several_files_shows_progress_and_each_result(live_server, page, sign_in_page, reporter, axe):
    sign_in_page(page, reporter)
    page.goto(live_server.url + "/newsroom/photos/upload/")
    # Record the progress bars as the script adds them (they go when each file is done).
    page.evaluate(
        """() => { window.progressSeen = [];
          new MutationObserver((changes) => { for (const c of changes) for (const n of c.addedNodes)
            if (n.querySelector && n.querySelector("progress")) {
              const p = n.querySelector("progress");
              window.progressSeen.push(document.querySelector(`label[for="${p.id}"]`).textContent); } })
            .observe(document.querySelector("[data-upload-list]"), { childList: true }); }"""
    )
    _drop(
        page,
        [
            ("harbour.jpg", "image/jpeg", jpeg_bytes((1600, 1000))),
            ("logo.svg", "image/svg+xml", SVG),
            ("market.jpg", "image/jpeg", jpeg_bytes()),
        ],
    )
    expect(page.locator(".upload-ok")).to_have_count(2)
    expect(page.locator(".upload-refused")).to_have_count(1)
    assert page.evaluate("window.progressSeen") == ["harbour.jpg", "logo.svg", "market.jpg"]
    expect(page.locator(".upload-refused")).to_contain_text("logo.svg")
    expect(page.locator(".upload-refused")).to_contain_text("SVG")
    expect(page.locator("[data-upload-announce]")).to_have_text("All uploads finished.")
    assert Photo.objects.count() == 2
    assert check_both_widths(page, axe) == []
    # The results link to each photo's page.
    page.locator(".upload-ok a").first.click()
    expect(page.locator("h1")).to_have_text(re.compile(r"^Photo "))


def test_choosing_files_with_the_keyboard_uploads_them(live_server, page, sign_in_page, reporter, tmp_path):
    sign_in_page(page, reporter)
    page.goto(live_server.url + "/newsroom/photos/upload/")
    one = tmp_path / "one.jpg"
    one.write_bytes(jpeg_bytes())
    page.locator("#id_files").set_input_files([str(one)])
    expect(page.locator(".upload-ok")).to_have_count(1)
    expect(page.locator(".upload-ok")).to_contain_text("Added as")


def test_without_javascript_the_form_posts_every_file(live_server, browser, sign_in_page, reporter, tmp_path):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    sign_in_page(page, reporter)
    page.goto(live_server.url + "/newsroom/photos/upload/")
    good, bad = tmp_path / "good.jpg", tmp_path / "bad.txt"
    good.write_bytes(jpeg_bytes())
    bad.write_bytes(b"not a picture")
    page.locator("#id_files").set_input_files([str(good), str(bad)])
    page.click("button:has-text('Upload')")
    expect(page.locator(".upload-ok")).to_have_count(1)
    expect(page.locator(".upload-refused")).to_contain_text("bad.txt")
    assert Photo.objects.count() == 1
    context.close()


def test_the_results_page_of_the_form_passes_axe(live_server, page, sign_in_page, reporter, tmp_path, axe):
    # The page's own script is kept from loading, so the form posts as it
    # does without scripts, while axe (which needs them) can still run.
    page.route("**/upload.js", lambda route: route.abort())
    sign_in_page(page, reporter)
    page.goto(live_server.url + "/newsroom/photos/upload/")
    good, bad = tmp_path / "good.jpg", tmp_path / "drawing.svg"
    good.write_bytes(jpeg_bytes())
    bad.write_bytes(SVG)
    page.locator("#id_files").set_input_files([str(good), str(bad)])
    page.click("button:has-text('Upload')")
    expect(page.locator(".upload-item")).to_have_count(2)
    assert check_both_widths(page, axe) == []


def test_the_focal_point_by_click_and_by_keyboard(live_server, page, sign_in_page, editor, make_photo, axe):
    photo = make_photo(editor, size=(1600, 900), alt_text="A harbour at dawn.")
    sign_in_page(page, editor)
    page.goto(f"{live_server.url}/newsroom/photos/{photo.public_id}/")
    picture = page.locator("[data-focal-picture]")
    expect(picture).to_be_visible()
    box = picture.bounding_box()
    picture.click(position={"x": box["width"] * 0.8, "y": box["height"] * 0.25})
    assert abs(float(page.input_value("#id_x")) - 80) < 1.5
    assert abs(float(page.input_value("#id_y")) - 25) < 1.5
    # The square crop follows the point to the right of the picture.
    square = page.locator("img[data-crop='1x1']")
    assert square.evaluate("img => img.style.objectPosition").startswith("100%")
    expect(page.locator("[data-focal-announce]")).to_contain_text("Focal point 80")
    # The keyboard moves it from where it is.
    before = float(page.input_value("#id_x"))
    expect(picture).to_be_focused()
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("Shift+ArrowLeft")
    assert abs(float(page.input_value("#id_x")) - (before - 11)) < 0.2
    assert check_both_widths(page, axe) == []
    page.click("button:has-text('Save focal point')")
    expect(page.locator(".flash")).to_contain_text("Focal point saved")
    photo.refresh_from_db()
    assert abs(photo.focal_x - (before - 11) / 100) < 0.002
    assert abs(photo.focal_y - 0.25) < 0.015
