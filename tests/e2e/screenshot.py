"""The README's picture of the web page: the sample letter, its entities drawn, one focused and
highlighted, and its redacted copy.

    python -m tests.e2e.screenshot            # starts the stack and a headless Chromium,
                                              # writes docs/web.png

``tests/e2e/test_web.py`` takes the same screenshot into a temporary folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.utils.browser import chromium
from tests.utils.images import REPO_ROOT, SAMPLE_IMAGE
from tests.utils.processes import running_stack

TARGET = REPO_ROOT / "docs" / "web.png"
WIDTH = 1100
MAX_HEIGHT = 2400


def take_screenshot(url: str, target: Path) -> Path:
    """Load the page at ``url``, choose the sample letter, redact it, highlight one entity, and
    save a PNG of the whole page."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    with chromium(width=WIDTH, height=900) as (driver, _):
        driver.get(f"{url}/")
        driver.find_element(By.ID, "file").send_keys(str(SAMPLE_IMAGE))
        entry = WebDriverWait(driver, 60).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, "#entities button.entity")
        )[0]
        driver.find_element(By.ID, "redact-button").click()
        WebDriverWait(driver, 60).until(
            lambda d: d.find_element(By.ID, "redact-download").is_displayed()
        )
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(WIDTH, min(height + 100, MAX_HEIGHT))
        driver.execute_script("arguments[0].focus(); window.scrollTo(0, 0)", entry)
        target.parent.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(target))
    return target


def main() -> int:
    with running_stack() as stack:
        print(take_screenshot(stack.url, TARGET))
    return 0


if __name__ == "__main__":
    sys.exit(main())
