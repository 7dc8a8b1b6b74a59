"""The web page at / in a real headless Chromium, against the real three-process stack."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.utils.browser import MISSING, chromium, console_errors
from tests.utils.documents import PAGE_LETTERS, TEST_PASSWORD, encrypted_pdf, letters, text_pdf
from tests.utils.images import SAMPLE_IMAGE
from tests.utils.processes import ServiceProcess, Stack

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(MISSING is not None, reason=str(MISSING))]

if MISSING is None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

SHOWN_WITHIN_SECONDS = 60
PEOPLE = ("Mateo Ferreira", "Sinéad Gallagher")


@pytest.fixture(scope="module")
def browser() -> Iterator[tuple[object, Path]]:
    with chromium() as (driver, downloads):
        yield driver, downloads


@pytest.fixture
def page(browser, stack: Stack):
    """The page, freshly loaded, with the sample letter chosen in its file input."""
    driver, _ = browser
    driver.get(f"{stack.url}/")
    driver.execute_script("sessionStorage.clear()")
    choose(driver, SAMPLE_IMAGE)
    return driver


def choose(driver, path: Path) -> None:
    driver.find_element(By.ID, "file").send_keys(str(path))


def wait_for_entities(driver) -> list:
    WebDriverWait(driver, SHOWN_WITHIN_SECONDS).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#entities button.entity")
    )
    return driver.find_elements(By.CSS_SELECTOR, "#entities tbody tr")


def rows_by_text(driver) -> dict[str, object]:
    return {row.find_element(By.TAG_NAME, "button").text: row for row in wait_for_entities(driver)}


def boxes_of(driver, row) -> list:
    index = row.get_attribute("data-entity")
    return driver.find_elements(By.CSS_SELECTOR, f'rect[data-entity="{index}"]')


def test_choosing_an_image_lists_its_entities_and_draws_them_over_it(page) -> None:
    rows = rows_by_text(page)
    assert {*PEOPLE, "Blackthorn Insurance Brokers", "Belfast"} <= set(rows)
    cells = [cell.text for cell in rows["Belfast"].find_elements(By.TAG_NAME, "td")]
    assert cells[1:3] == ["GPE", "model"] and cells[4] == "1"
    image = page.find_element(By.CSS_SELECTOR, ".stage img")
    assert page.execute_script("return arguments[0].naturalWidth", image) == 952
    frame = image.rect
    for text in (*PEOPLE, "Belfast"):
        (box,) = boxes_of(page, rows[text])
        assert box.is_displayed()
        assert box.rect["width"] > 10 and box.rect["height"] > 5
        assert frame["x"] <= box.rect["x"] < frame["x"] + frame["width"]
        assert frame["y"] <= box.rect["y"] < frame["y"] + frame["height"]
    legend = page.find_element(By.ID, "filter-list").text
    assert "PERSON (2)" in legend and "GPE (1)" in legend
    summary = page.find_element(By.ID, "summary").text
    assert "tesseract" in summary and "total" in summary
    marks = [mark.text for mark in page.find_elements(By.CSS_SELECTOR, "#text mark")]
    assert "Belfast" in marks and "Mateo Ferreira" in marks
    assert console_errors(page) == []  # nothing refused by the CSP, no script error


def test_a_label_filtered_out_hides_its_rows_and_boxes(page) -> None:
    rows = rows_by_text(page)
    page.find_element(By.CSS_SELECTOR, 'label[for="filter-PERSON"]').click()
    assert not rows["Mateo Ferreira"].is_displayed()
    assert not boxes_of(page, rows["Mateo Ferreira"])[0].is_displayed()
    assert rows["Belfast"].is_displayed() and boxes_of(page, rows["Belfast"])[0].is_displayed()
    page.find_element(By.CSS_SELECTOR, 'label[for="filter-PERSON"]').click()
    assert rows["Mateo Ferreira"].is_displayed()


def test_hovering_an_entry_highlights_its_box_and_hovering_a_box_its_entry(page) -> None:
    rows = rows_by_text(page)
    (box,) = boxes_of(page, rows["Belfast"])
    ActionChains(page).move_to_element(
        rows["Belfast"].find_element(By.TAG_NAME, "button")
    ).perform()
    assert "active" in box.get_attribute("class")
    (other,) = boxes_of(page, rows["Mateo Ferreira"])
    ActionChains(page).move_to_element(other).perform()
    assert "active" in rows["Mateo Ferreira"].get_attribute("class")
    assert "active" not in box.get_attribute("class")


def test_redacting_from_the_page_downloads_an_image_without_the_people(
    page, browser, stack: Stack
) -> None:
    _, downloads = browser
    rows_by_text(page)
    checked = page.find_elements(By.CSS_SELECTOR, "#redact-labels input:checked")
    assert [box.get_attribute("value") for box in checked] == [
        "PERSON",
        "EMAIL",
        "PHONE",
        "IBAN",
        "ADDRESS",
    ]
    page.find_element(By.ID, "redact-button").click()
    link = WebDriverWait(page, SHOWN_WITHIN_SECONDS).until(
        lambda d: (
            d.find_element(By.ID, "redact-download").is_displayed()
            and d.find_element(By.ID, "redact-download")
        )
    )
    preview = page.find_element(By.ID, "redact-image")
    assert page.execute_script("return arguments[0].naturalWidth", preview) == 952
    assert "PERSON ×2" in page.find_element(By.ID, "redact-report").text
    link.click()
    target = wait_for_download(downloads, "test-image.redacted.jpg")
    read = httpx.post(
        f"{stack.ocr.url}/api/OCR", files={"file": (target.name, target.read_bytes())}, timeout=60
    ).json()["text"]
    for part in ("Mateo", "Ferreira", "Sinéad", "Gallagher"):
        assert part not in read
    assert "Belfast" in read and "Blackthorn" in read


def wait_for_download(folder: Path, name: str) -> Path:
    target = folder / name
    deadline = time.monotonic() + 30
    while not target.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert target.exists(), list(folder.iterdir())
    return target


def test_the_json_download_is_the_answer_of_the_api(page, browser) -> None:
    _, downloads = browser
    rows_by_text(page)
    page.find_element(By.ID, "download-json").click()
    answer = json.loads(wait_for_download(downloads, "test-image.entities.json").read_text())
    assert {entity["text"] for entity in answer["entities"]} >= {*PEOPLE, "Belfast"}
    assert answer["width"] == 952 and answer["ocr"]["engine"].startswith("tesseract")


DRAW_AND_SEND = """
const [event, text, done] = arguments;
const canvas = document.createElement("canvas");
canvas.width = 900; canvas.height = 120;
const context = canvas.getContext("2d");
context.fillStyle = "white"; context.fillRect(0, 0, 900, 120);
context.fillStyle = "black"; context.font = "32px DejaVu Sans";
context.fillText(text, 20, 70);
canvas.toBlob((blob) => {
  const data = new DataTransfer();
  data.items.add(new File([blob], "drawn.png", { type: "image/png" }));
  if (event === "drop") {
    document.getElementById("drop").dispatchEvent(
      new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  } else {
    document.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
  }
  done();
}, "image/png");
"""


@pytest.mark.parametrize("event", ["drop", "paste"])
def test_an_image_dropped_or_pasted_is_sent_too(browser, stack: Stack, event: str) -> None:
    driver, _ = browser
    driver.get(f"{stack.url}/")
    driver.execute_async_script(DRAW_AND_SEND, event, "Angela Merkel flew to Berlin.")
    rows = rows_by_text(driver)
    assert "Berlin" in rows and "Angela Merkel" in rows
    assert "drawn.png" in driver.find_element(By.ID, "status").text


def focused(driver) -> str:
    return driver.execute_script(
        "const e = document.activeElement;"
        "return e.id || (e.dataset.entity !== undefined ? 'entity-' + e.dataset.entity : e.tagName)"
    )


def test_the_page_can_be_used_with_the_keyboard_alone(page) -> None:
    rows = rows_by_text(page)
    page.execute_script("document.activeElement.blur()")  # from the top of the page
    order = []
    for _ in range(60):
        ActionChains(page).send_keys(Keys.TAB).perform()
        order.append(focused(page))
        if order[-1] == "redact-button":
            break
    assert order[0] == "A"  # the skip link
    assert order.index("file") < order.index("api-key") < order.index("filter-PERSON")
    assert order.index("filter-PERSON") < order.index("entity-0") < order.index("download-json")
    assert order.index("download-json") < order.index("redact-PERSON") < len(order) - 1

    # Focusing an entry highlights its box; Space on a filter hides a label.
    page.execute_script("document.getElementById('filter-PERSON').focus()")
    ActionChains(page).send_keys(Keys.SPACE).perform()
    assert not rows["Mateo Ferreira"].is_displayed()
    ActionChains(page).send_keys(Keys.SPACE).perform()
    assert rows["Mateo Ferreira"].is_displayed()
    page.execute_script("document.querySelector('#entities button.entity').focus()")
    ActionChains(page).send_keys(Keys.TAB).perform()
    entity = focused(page).removeprefix("entity-")
    assert (
        page.find_element(By.CSS_SELECTOR, f'rect[data-entity="{entity}"]').get_attribute("class")
        == "box active"
    )

    # Enter on the Redact button redacts; the download link is next in the tab order.
    page.execute_script("document.getElementById('redact-button').focus()")
    ActionChains(page).send_keys(Keys.ENTER).perform()
    WebDriverWait(page, SHOWN_WITHIN_SECONDS).until(
        lambda d: d.find_element(By.ID, "redact-download").is_displayed()
    )
    ActionChains(page).send_keys(Keys.TAB).perform()
    assert focused(page) == "redact-download"


def test_an_error_is_shown_as_the_problem_details_say_it(browser, stack: Stack, tmp_path) -> None:
    driver, _ = browser
    driver.get(f"{stack.url}/")
    notes = tmp_path / "notes.txt"
    notes.write_text("not an image")
    choose(driver, notes)
    alert = WebDriverWait(driver, SHOWN_WITHIN_SECONDS).until(
        lambda d: d.find_element(By.ID, "error").is_displayed() and d.find_element(By.ID, "error")
    )
    assert "Not an image (415)" in alert.text and "not_an_image" in alert.text
    assert alert.get_attribute("role") == "alert"
    assert not driver.find_element(By.ID, "result").is_displayed()


def test_with_an_api_key_the_page_asks_for_it_and_keeps_it_for_the_tab(
    browser, stack: Stack
) -> None:
    driver, _ = browser
    env = {"OCR_SERVICE_URL": stack.ocr.url, "NER_SERVICE_URL": stack.ner.url, "API_KEY": "k3y"}
    with ServiceProcess("orchestrator", env=env) as guarded:
        driver.get(f"{guarded.url}/")
        driver.execute_script("sessionStorage.clear()")
        choose(driver, SAMPLE_IMAGE)
        WebDriverWait(driver, SHOWN_WITHIN_SECONDS).until(
            lambda d: d.find_element(By.ID, "error").is_displayed()
        )
        assert "Unauthorized (401)" in driver.find_element(By.ID, "error").text
        assert focused(driver) == "api-key"
        ActionChains(driver).send_keys("k3y", Keys.ENTER).perform()  # sends the file again
        assert "Belfast" in rows_by_text(driver)
        driver.refresh()
        assert driver.find_element(By.ID, "api-key").get_attribute("value") == "k3y"
        assert driver.execute_script("return localStorage.length") == 0


def test_an_encrypted_pdf_asks_for_its_password_and_opens_with_it(
    browser, stack: Stack, tmp_path
) -> None:
    driver, _ = browser
    driver.get(f"{stack.url}/")
    driver.execute_script("sessionStorage.clear()")
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(encrypted_pdf())
    choose(driver, locked)
    WebDriverWait(driver, SHOWN_WITHIN_SECONDS).until(
        lambda d: d.find_element(By.ID, "error").is_displayed()
    )
    assert "encrypted_document" in driver.find_element(By.ID, "error").text
    assert focused(driver) == "pdf-password"
    ActionChains(driver).send_keys(TEST_PASSWORD, Keys.ENTER).perform()  # sends the file again
    person = next(text for text, label in PAGE_LETTERS[0].entities if label == "PERSON")
    assert person in rows_by_text(driver)
    assert driver.execute_script("return sessionStorage.length + localStorage.length") == 0


def test_the_page_fits_a_phone_sized_screen(stack: Stack) -> None:
    with chromium(width=390, height=844) as (driver, _):
        driver.get(f"{stack.url}/")
        choose(driver, SAMPLE_IMAGE)
        wait_for_entities(driver)
        width = driver.execute_script("return document.documentElement.clientWidth")
        assert driver.execute_script("return document.documentElement.scrollWidth") <= width
        image = driver.find_element(By.CSS_SELECTOR, ".stage img")
        assert image.rect["width"] <= width
        assert driver.find_element(By.ID, "redact-button").rect["width"] <= width


def test_the_readme_screenshot_is_taken_from_the_running_page(stack: Stack, tmp_path) -> None:
    from PIL import Image

    from tests.e2e.screenshot import WIDTH, take_screenshot

    shot = Image.open(take_screenshot(stack.url, tmp_path / "web.png"))
    assert shot.format == "PNG" and shot.width >= WIDTH * 0.9


def test_a_pdfs_pages_are_shown_under_their_boxes_and_its_redaction_too(
    browser, stack: Stack, tmp_path
) -> None:
    driver, _ = browser
    driver.get(f"{stack.url}/")
    driver.execute_script("sessionStorage.clear()")
    console_errors(driver)  # what earlier tests left in the log
    letter = tmp_path / "letters.pdf"
    letter.write_bytes(text_pdf(letters(2)))
    choose(driver, letter)
    rows = rows_by_text(driver)
    WebDriverWait(driver, SHOWN_WITHIN_SECONDS).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, ".stage.document img")) == 2
    )
    images = driver.find_elements(By.CSS_SELECTOR, ".stage.document img")
    assert all(driver.execute_script("return arguments[0].naturalWidth", i) > 0 for i in images)
    (box,) = boxes_of(driver, rows["Angela Merkel"])
    frame = images[0].rect
    assert frame["x"] <= box.rect["x"] < frame["x"] + frame["width"]
    assert frame["y"] <= box.rect["y"] < frame["y"] + frame["height"]
    driver.find_element(By.ID, "redact-button").click()
    WebDriverWait(driver, SHOWN_WITHIN_SECONDS * 2).until(
        lambda d: d.find_element(By.ID, "redact-image").is_displayed()
    )
    preview = driver.find_element(By.ID, "redact-image")
    assert driver.execute_script("return arguments[0].naturalWidth", preview) > 0
    assert not console_errors(driver)
