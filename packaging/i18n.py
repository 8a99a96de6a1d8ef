#!/usr/bin/env python3
"""Keep the Dutch translation in step with the code.

    python packaging/i18n.py update        # extract strings from src/zpdesk into the .ts files
    python packaging/i18n.py todo [FILE]   # list unfinished strings as JSON to translate
    python packaging/i18n.py fill FILE     # write the translations from that JSON into the .ts
    python packaging/i18n.py compile       # .ts -> src/zpdesk/resources/i18n/zpdesk_nl.qm
    python packaging/i18n.py check         # exit 1 when anything is missing or stale
    python packaging/i18n.py all           # update, compile, check
    python packaging/i18n.py prune         # drop the remembered strings no code uses
    add --lang en for English's plural forms ("%n network(s)" -> "1 network", "2 networks")

The workflow after adding strings: ``update``, then ``todo todo.json``, fill in the
"translation" fields (use the words in DOMAIN.md), ``fill todo.json``, then ``all``.
Every command but todo/fill works on both catalogues unless ``--lang`` is given: the Dutch
one, and the English one that holds only the plural forms of the English sources
(``%n engagement(s)``); ``update`` fills those in by rule ("(s)" dropped, then kept), and
``--lang en todo``/``--lang en fill`` correct a form the rule gets wrong.
The tools (lupdate, lrelease) come with PySide6-Essentials; the compiled .qm is committed,
so installing or testing zpdesk needs none of this.

Strings that disappear from the code stay in the .ts as "vanished" (lupdate's memory,
never compiled): when the same string comes back — a branch merged, a text restored —
``update`` revives its translation as finished. ``prune`` forgets them.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "zpdesk"
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = SOURCES / "resources" / "i18n"
# English holds only the plural forms of the English sources ("%n engagement(s)").
LANGUAGES = {"nl": "nl_NL", "en": "en_GB"}
PLURAL_ONLY = {"en"}
NAMES = {"nl": "Dutch", "en": "English (plural forms)"}
_PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def ts_path(language: str = "nl") -> Path:
    return TS_DIR / f"zpdesk_{language}.ts"


def qm_path(language: str = "nl") -> Path:
    return QM_DIR / f"zpdesk_{language}.qm"


def qt_tool(name: str) -> str:
    """lupdate/lrelease: the binary inside the PySide6 package, else on PATH."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    for alias in (f"pyside6-{name}", name):
        found = shutil.which(alias)
        if found:
            return found
    raise SystemExit(f"{name} not found: it comes with PySide6-Essentials")


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    translations: list[str] = field(default_factory=list)
    kind: str = ""  # "" (finished), "unfinished", "vanished", "obsolete"

    @property
    def finished(self) -> bool:
        return self.kind == "" and bool(self.translations) and all(self.translations)

    @property
    def in_code(self) -> bool:
        """False for the remembered messages of strings the code no longer has."""
        return self.kind not in ("vanished", "obsolete")


def read_ts(path: Path) -> list[Message]:
    """Every message of a .ts file."""
    tree = ET.parse(path)
    messages: list[Message] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for node in context.iter("message"):
            translation = node.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            numerus = node.get("numerus") == "yes"
            texts = [f.text or "" for f in forms] if numerus else [translation.text or ""]
            messages.append(
                Message(
                    context=name,
                    source=node.findtext("source") or "",
                    comment=node.findtext("comment") or "",
                    numerus=numerus,
                    translations=texts,
                    kind=translation.get("type", ""),
                )
            )
    return messages


def run_lupdate(ts: Path, sources: Path = SOURCES, *, prune: bool = False) -> None:
    """Extract every string of ``sources`` into ``ts`` (merging what it already holds).

    Messages no longer in the code are kept as "vanished" unless ``prune``.
    """
    code = ts.stem.rsplit("_", 1)[1]
    language = LANGUAGES[code]
    _run(
        [
            qt_tool("lupdate"),
            "-silent",
            *(["-pluralonly"] if code == "en" else []),
            "-extensions",
            "py",
            *(["-pluralonly"] if ts.stem.rsplit("_", 1)[1] in PLURAL_ONLY else []),
            *(["-no-obsolete"] if prune else []),
            "-locations",
            "none",
            "-target-language",
            language,
            str(sources),
            "-ts",
            str(ts),
        ]
    )


def run_lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    _run([qt_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)])


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(
            f"{Path(command[0]).name} failed ({result.returncode}):\n{result.stderr}{result.stdout}"
        )


def placeholder_problems(message: Message) -> list[str]:
    """A translation must keep the source's %1, %2, %n (or the text would lose values)."""
    wanted = sorted(_PLACEHOLDER.findall(message.source))
    problems = []
    for text in message.translations:
        if text and sorted(_PLACEHOLDER.findall(text)) != wanted:
            problems.append(
                f"[{message.context}] {message.source!r}: translation {text!r} "
                f"does not keep the placeholders {wanted}"
            )
    return problems


def check(
    language: str = "nl",
    *,
    sources: Path = SOURCES,
    ts: Path | None = None,
    qm: Path | None = None,
) -> list[str]:
    """Everything wrong with the committed translation, as readable lines ([] when fine).

    Extracts the strings of the current sources into a temporary copy of the committed .ts
    (the committed file is not touched), so a string added to the code without a finished
    Dutch translation is found; then checks that the committed .qm holds exactly what the
    .ts says.
    """
    committed = ts if ts is not None else ts_path(language)
    if not committed.is_file():
        return [f"{committed} is missing: run `python packaging/i18n.py update`"]
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / committed.name
        shutil.copyfile(committed, fresh)
        run_lupdate(fresh, sources)
        current = [m for m in read_ts(fresh) if m.in_code]
    committed_keys = {(m.context, m.source, m.comment) for m in read_ts(committed) if m.in_code}
    for message in current:
        key = (message.context, message.source, message.comment)
        where = f"[{message.context}] {message.source!r}"
        if not message.context:
            problems.append(
                f"{where}: no translation context — lupdate saw a tr(…) call outside a class. "
                'Write QCoreApplication.translate("context", "text") with both literals '
                "(a wrapper like tr(text) hides the context, and the string stays English)"
            )
        elif key not in committed_keys:
            problems.append(f"{where}: in the code but not in {committed.name}")
        elif not message.finished:
            problems.append(f"{where}: no finished {NAMES[language]} translation")
        problems += placeholder_problems(message)
    current_keys = {(m.context, m.source, m.comment) for m in current}
    for context, source, _comment in sorted(committed_keys - current_keys):
        problems.append(f"[{context}] {source!r}: in {committed.name} but no longer in the code")
    problems += qm_problems(committed, qm if qm is not None else qm_path(language))
    return problems


def qm_problems(ts: Path, qm: Path) -> list[str]:
    """The committed .qm must translate every finished message of the .ts as the .ts says."""
    from PySide6.QtCore import QTranslator

    if not qm.is_file():
        return [f"{qm} is missing: run `python packaging/i18n.py compile`"]
    translator = QTranslator()
    if not translator.load(str(qm)):
        return [f"{qm} cannot be loaded"]
    problems = []
    for message in read_ts(ts):
        if not message.finished:
            continue
        comment = message.comment or None
        if message.numerus:
            # Dutch and English: form 0 for n == 1, form 1 otherwise.
            got = [
                translator.translate(message.context, message.source, comment, n) for n in (1, 2)
            ]
            want = message.translations[:2]
        else:
            got = [translator.translate(message.context, message.source, comment)]
            want = message.translations
        if got != want:
            problems.append(
                f"{qm.name} is stale for [{message.context}] {message.source!r}: "
                "run `python packaging/i18n.py compile`"
            )
            break
    return problems


def english_forms(source: str) -> list[str]:
    """The two English plural forms of a ``%n`` source: "(s)"/"(es)" dropped, then kept.

    "%n engagement(s)" → ["%n engagement", "%n engagements"]. A source without the marker
    ("%n series") gets the same text twice. Fix a form by hand where the verb changes too
    ("%n meeting(s) that take…"): ``--lang en todo`` only lists what is unfinished.
    """
    marker = re.compile(r"\((e?s)\)")
    return [marker.sub("", source), marker.sub(r"\1", source)]


def fill_english_plurals(ts: Path) -> int:
    """Finish the unfinished plural messages of the English catalogue by ``english_forms``."""
    entries: list[dict[str, object]] = [
        {
            "context": m.context,
            "source": m.source,
            "comment": m.comment,
            "translation": english_forms(m.source),
        }
        for m in read_ts(ts)
        if m.numerus and m.in_code and not m.finished
    ]
    if not entries:
        return 0
    done, _problems = fill(entries, ts.stem.rsplit("_", 1)[1])
    return done


def todo(language: str = "nl") -> list[dict[str, object]]:
    """Unfinished messages, with lupdate's guess (same text elsewhere) as a start."""
    items: list[dict[str, object]] = []
    for message in read_ts(ts_path(language)):
        if message.finished or not message.in_code:
            continue
        item: dict[str, object] = {"context": message.context, "source": message.source}
        if message.comment:
            item["comment"] = message.comment
        if message.numerus:
            item["translation"] = message.translations or ["", ""]
        else:
            item["translation"] = message.translations[0] if message.translations else ""
        items.append(item)
    return items


def fill(entries: list[dict[str, object]], language: str = "nl") -> tuple[int, list[str]]:
    """Write translations into the .ts and mark them finished; returns (count, problems)."""
    path = ts_path(language)
    tree = ET.parse(path)
    wanted: dict[tuple[str, str, str], object] = {}
    for entry in entries:
        translation = entry.get("translation")
        if translation in ("", None, []) or (
            isinstance(translation, list) and not all(translation)
        ):
            continue
        key = (str(entry["context"]), str(entry["source"]), str(entry.get("comment", "")))
        wanted[key] = translation
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for node in context.iter("message"):
            key = (name, node.findtext("source") or "", node.findtext("comment") or "")
            current = node.find("translation")
            if key not in wanted or current is None or current.get("type") == "vanished":
                continue
            value = wanted.pop(key)
            translation = node.find("translation")
            assert translation is not None
            for child in list(translation):
                translation.remove(child)
            if node.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [str(value)] * 2
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = str(form)
            else:
                translation.text = str(value)
            translation.attrib.pop("type", None)
            done += 1
    problems = [f"[{c}] {s!r}: not in {path.name} (run update first?)" for c, s, _ in wanted]
    write_ts(tree, path)
    return done, problems


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write in lupdate's layout (so the next ``update`` produces no noise)."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "command", choices=["update", "todo", "fill", "compile", "check", "all", "prune"]
    )
    parser.add_argument("file", nargs="?", help="JSON file for todo (output) / fill (input)")
    parser.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        help="todo/fill: nl unless given; update/compile/check/all: every language unless given",
    )
    args = parser.parse_args(argv)
    if args.command in ("todo", "fill"):
        return _run_command(parser, args, args.lang or "nl")
    status = 0
    for language in [args.lang] if args.lang else list(LANGUAGES):
        status = max(status, _run_command(parser, args, language))
    return status


def _run_command(parser: argparse.ArgumentParser, args: argparse.Namespace, language: str) -> int:
    ts = ts_path(language)
    if args.command in ("update", "all", "prune"):
        TS_DIR.mkdir(parents=True, exist_ok=True)
        run_lupdate(ts, prune=args.command == "prune")
        # lupdate writes its own layout; normalise so fill/update round-trip cleanly.
        write_ts(ET.parse(ts), ts)
        if language in PLURAL_ONLY:
            filled = fill_english_plurals(ts)
            if filled:
                print(f"{ts.relative_to(ROOT)}: {filled} plural forms filled in by rule")
        messages = read_ts(ts)
        active = [m for m in messages if m.in_code]
        print(
            f"{ts.relative_to(ROOT)}: {len(active)} strings in the code, "
            f"{sum(not m.finished for m in active)} unfinished, "
            f"{len(messages) - len(active)} remembered"
        )
    if args.command == "todo":
        items = todo(language)
        text = json.dumps(items, ensure_ascii=False, indent=2)
        if args.file:
            Path(args.file).write_text(text + "\n", encoding="utf-8")
            print(f"{len(items)} unfinished strings written to {args.file}")
        else:
            print(text)
    if args.command == "fill":
        if not args.file:
            parser.error("fill needs the JSON file")
        entries = json.loads(Path(args.file).read_text(encoding="utf-8"))
        done, problems = fill(entries, language)
        print(f"{done} translations written to {ts.relative_to(ROOT)}")
        for line in problems:
            print(line, file=sys.stderr)
    if args.command in ("compile", "all"):
        run_lrelease(ts, qm_path(language))
        print(f"{qm_path(language).relative_to(ROOT)} written")
    if args.command in ("check", "all"):
        problems = check(language)
        for line in problems:
            print(line, file=sys.stderr)
        if problems:
            return 1
        print(f"{NAMES[language]} translation complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
