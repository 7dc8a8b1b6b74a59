"""``python -m ocrner``: the same as the ``ocrner`` command."""

from ocrner.cli import main

raise SystemExit(main())
