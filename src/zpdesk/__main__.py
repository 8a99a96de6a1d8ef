"""Allow ``python -m zpdesk``."""

from __future__ import annotations

import sys

from zpdesk.cli import main

sys.exit(main())
