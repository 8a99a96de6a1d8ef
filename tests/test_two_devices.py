"""Two devices on one server database at once, as two processes (issue 17)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.store

DEVICE = Path(__file__).with_name("device.py")


class Device:
    """A zpdesk process on the database, driven one command at a time."""

    def __init__(self, url: str) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        src = str(Path(__file__).resolve().parents[1] / "src")
        env["PYTHONPATH"] = os.pathsep.join([src, env.get("PYTHONPATH", "")])
        self.process = subprocess.Popen(
            [sys.executable, str(DEVICE), url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )

    def __call__(self, **command: Any) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line, "the device process ended"
        return json.loads(line)

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture
def devices(pg_url: str) -> Iterator[tuple[Device, Device]]:
    laptop, desktop = Device(pg_url), Device(pg_url)
    yield laptop, desktop
    laptop.close()
    desktop.close()


def test_two_devices_write_refuse_stale_edits_and_undo_only_their_own(devices) -> None:  # noqa: ANN001
    laptop, desktop = devices
    # both write different rows; each sees the other's
    shared = laptop(do="add", name="Kenniskring")["id"]
    desktop(do="add", name="Ontbijtclub")
    assert (
        laptop(do="names")["names"]
        == desktop(do="names")["names"]
        == [
            "Kenniskring",
            "Ontbijtclub",
        ]
    )
    # both edit the same row, starting from the same version: the second is refused
    version = laptop(do="get", id=shared)["version"]
    assert desktop(do="get", id=shared)["version"] == version
    assert laptop(do="rename", id=shared, name="Kenniskring Breda", version=version) == {"ok": True}
    refused = desktop(do="rename", id=shared, name="Kenniskring Tilburg", version=version)
    assert "Another device changed this" in refused["refused"]
    # nothing lost: the laptop's change stands, the desktop reads it with its new version
    current = desktop(do="get", id=shared)
    assert current == {"name": "Kenniskring Breda", "version": version + 1}
    assert desktop(do="rename", id=shared, name="Kenniskring Tilburg", version=version + 1) == {
        "ok": True
    }
    # undo on the laptop of its rename meets the desktop's newer change: refused, kept
    failed = laptop(do="undo")["failed"]
    assert len(failed) == 1 and "could not be undone" in failed[0]
    assert laptop(do="get", id=shared)["name"] == "Kenniskring Tilburg"
    # the desktop undoes its own work only: the laptop's network stays
    assert desktop(do="undo") == {"failed": []}  # its rename
    assert desktop(do="get", id=shared)["name"] == "Kenniskring Breda"
    assert desktop(do="undo") == {"failed": []}  # its 'Ontbijtclub'
    assert laptop(do="names")["names"] == ["Kenniskring Breda"]
