"""zpdesk: the networks and collaborations of one independent professional."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "zpdesk"
