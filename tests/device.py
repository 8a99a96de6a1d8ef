"""One device for the two-device tests: reads commands on stdin, answers one JSON line each.

Run as its own process (``python tests/device.py URL``), as a second laptop would be: it
writes through the same ActionRunner (and so the same undo history) as the window.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication

from zpdesk.domain.enums import NetworkKind
from zpdesk.services import networks
from zpdesk.services.errors import ValidationError
from zpdesk.services.portable import export_data
from zpdesk.store.locations import open_location
from zpdesk.ui.actions import ActionRunner


def main() -> None:
    """Serve commands until stdin closes."""
    app = QCoreApplication([])
    db = open_location(sys.argv[1])
    runner = ActionRunner(db)
    failures: list[str] = []
    runner.undo_failed.connect(failures.append)
    for line in sys.stdin:
        command = json.loads(line)
        answer: dict[str, Any] = {}
        try:
            answer = _run(db, runner, failures, command)
        except ValidationError as exc:
            answer = {"refused": str(exc)}
        app.processEvents()
        print(json.dumps(answer), flush=True)
    db.close()


def _run(db: Any, runner: ActionRunner, failures: list[str], command: dict[str, Any]) -> dict:
    verb = command["do"]
    if verb == "add":
        values = networks.NetworkInput(name=command["name"], kind=NetworkKind.OTHER)
        new_id = runner.run(f"Add {command['name']}", lambda s: networks.create_network(s, values))
        return {"id": new_id}
    if verb == "get":
        with db.session() as session:
            detail = networks.get_network(session, command["id"])
        return {"name": detail.values.name, "version": detail.version}
    if verb == "rename":
        with db.session() as session:
            values = networks.get_network(session, command["id"]).values
        values = networks.NetworkInput(**{**values.__dict__, "name": command["name"]})
        runner.run(
            "Rename",
            lambda s: networks.update_network(s, command["id"], values, command["version"]),
        )
        return {"ok": True}
    if verb == "undo":
        failures.clear()
        runner.undo_stack.undo()
        return {"failed": list(failures)}
    if verb == "names":
        with db.session() as session:
            tables = export_data(session)["tables"]
        return {"names": sorted(row["name"] for row in tables["network"])}
    raise ValueError(verb)


if __name__ == "__main__":
    main()
