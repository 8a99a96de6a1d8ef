"""Entry point of the frozen application (PyInstaller runs this as ``__main__``)."""

from __future__ import annotations

import sys

from zpdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
