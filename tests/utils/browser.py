"""A real headless Chromium (Debian's ``chromium`` and ``chromium-driver``) driven by Selenium.

Nothing is downloaded: the browser and its driver are the system's, found at
:data:`CHROMIUM` and :data:`CHROMEDRIVER`; each browser gets a fresh profile and
download folder, removed when it is closed.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

MISSING = (
    None
    if Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()
    else (
        f"Debian's chromium and chromium-driver are not installed ({CHROMIUM}, {CHROMEDRIVER}); "
        "scripts/system-deps.sh installs them"
    )
)
"""Why no browser test can run here, or None."""


def console_errors(driver) -> list[str]:
    """The errors the page's console got since the last call (a CSP violation is one)."""
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


@contextmanager
def chromium(width: int = 1280, height: int = 900) -> Iterator[tuple[object, Path]]:
    """A headless Chromium with a window of ``width`` x ``height``, and its download folder."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = Path(tempfile.mkdtemp(prefix="ocrner-chromium-"))
    downloads = profile / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--no-default-browser-check",
        f"--user-data-dir={profile / 'profile'}",
        f"--window-size={width},{height}",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # the console, for tests
    options.add_experimental_option(
        "prefs",
        {
            "download.default_directory": str(downloads),
            "download.prompt_for_download": False,
            "safebrowsing.enabled": False,
        },
    )
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    try:
        yield driver, downloads
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
