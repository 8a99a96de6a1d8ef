"""The Dutch translation is complete and used: catalogue, window, language choice, --lang."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from zpdesk.ui import i18n
from zpdesk.ui.views import VIEW_KEYS, VIEWS

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[1]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "zpdesk_i18n_tool", ROOT / "packaging" / "i18n.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while creating classes
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@pytest.fixture(autouse=True)
def back_to_english(qapp) -> Iterator[None]:  # noqa: ANN001
    """Every test here may switch language; the rest of the suite runs in English."""
    yield
    i18n.install_translators(qapp, "en")


# --- the catalogue -------------------------------------------------------------------


def test_every_string_in_the_code_has_a_finished_dutch_translation() -> None:
    """Runs the extraction over src/zpdesk into a temporary copy of the committed .ts."""
    problems = tool.check("nl")
    assert problems == [], (
        "The Dutch translation is incomplete. Run `python packaging/i18n.py update`, "
        "`python packaging/i18n.py todo todo.json`, translate, `... fill todo.json`, "
        "`... compile`:\n" + "\n".join(problems)
    )


def test_every_plural_has_its_english_forms() -> None:
    """English is the sources' language; its catalogue holds the %n forms only."""
    assert tool.check("en") == []


def test_the_review_documents_are_wholly_in_the_chosen_language(demo_db, qapp, capsys) -> None:  # noqa: ANN001
    """Every text of the review's PDF, summary and terminal table is translated (issue 14:
    headings inside f-strings were English in the Dutch PDF), plurals take their form and
    hours their language's convention."""
    import argparse

    from zpdesk import clock
    from zpdesk.reports import review as report
    from zpdesk.reports.review_cli import run_review
    from zpdesk.store.db import open_database

    english = {
        message.source
        for message in tool.read_ts(tool.ts_path("nl"))
        if message.context in ("ReviewReport", "ReviewCounts", "ReviewCharts")
        and message.in_code
        and len(message.source.split()) >= 2
        and message.translations
        and message.source not in message.translations
    }
    year = clock.today().year - 1
    i18n.install_translators(qapp, "nl")
    with demo_db.session() as session:
        built = report.build_report(session, year, clock.now())
    text = report.review_document(built).toPlainText()
    for source in english:
        # "%1 h"-like sources are checked by their fixed words only
        for part in source.replace("%n", "%1").split("%1"):
            if len(part.strip().split()) >= 2:
                assert part.strip() not in text, source
    assert "Samenvatting" in text and "Cijfers per netwerk" in text
    assert f"Besluiten voor {year + 1}" in text and "Oordeel" in text
    assert report.hours_text(228) == "3,8 u"
    assert "netwerken." in report.summarise(built.review).opening  # "7 netwerken", plural
    path = demo_db.path
    demo_db.close()
    args = argparse.Namespace(year=year, csv=None, pdf=None, lang="nl")
    assert run_review(open_database(path), args) == 0
    assert "Hier weggelaten (zie de CSV-export): decision_note" in capsys.readouterr().out

    i18n.install_translators(qapp, "en")
    assert report.hours_text(228) == "3.8 h"
    assert report.ReviewCounts().networks(1) == "In %1 you were part of 1 network."
    assert report.ReviewCounts().networks(7) == "In %1 you were part of 7 networks."


def _copy_sources(tmp_path: Path) -> Path:
    sources = tmp_path / "zpdesk"
    shutil.copytree(tool.SOURCES, sources, ignore=shutil.ignore_patterns("__pycache__"))
    return sources


def test_the_check_finds_a_new_untranslated_string(tmp_path: Path) -> None:
    sources = _copy_sources(tmp_path)
    (sources / "ui" / "brand_new.py").write_text(
        "from PySide6.QtCore import QObject\n\n\n"
        "class BrandNew(QObject):\n"
        "    def text(self):\n"
        '        return self.tr("A sentence nobody translated yet")\n',
        encoding="utf-8",
    )
    problems = tool.check("nl", sources=sources)
    assert any("A sentence nobody translated yet" in line for line in problems)


def test_the_check_finds_unfinished_and_stale_catalogues(tmp_path: Path) -> None:
    ts = tmp_path / "zpdesk_nl.ts"
    text = tool.ts_path("nl").read_text(encoding="utf-8")
    # Un-finish the translation of the File menu; the committed .qm still has "&Bestand".
    assert "<translation>&amp;Bestand</translation>" in text
    ts.write_text(
        text.replace(
            "<translation>&amp;Bestand</translation>",
            '<translation type="unfinished">&amp;Bestand</translation>',
        ),
        encoding="utf-8",
    )
    problems = tool.check("nl", ts=ts)
    assert any("'&File': no finished Dutch translation" in line for line in problems)

    # A translation changed in the .ts but not compiled: the .qm is stale.
    ts.write_text(text.replace("&amp;Bestand", "B&amp;estand"), encoding="utf-8")
    problems = tool.check("nl", ts=ts)
    assert any("is stale" in line for line in problems)


def test_placeholders_must_survive_translation() -> None:
    message = tool.Message("MainWindow", "zpdesk — %1", translations=["zpdesk"])
    assert tool.placeholder_problems(message)
    message = tool.Message("MainWindow", "zpdesk — %1", translations=["zpdesk — %1"])
    assert tool.placeholder_problems(message) == []


MINI_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>Gone from the code</source>
            <translation type="vanished">Niet meer in de code</translation>
        </message>
    </context>
</TS>
"""


def test_todo_and_fill_finish_translations(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    ts = tmp_path / "zpdesk_nl.ts"
    ts.write_text(MINI_TS, encoding="utf-8")
    monkeypatch.setattr(tool, "TS_DIR", tmp_path)
    todo = tool.todo("nl")  # neither the finished nor the remembered message
    assert todo == [{"context": "MainWindow", "source": "&File", "translation": ""}]
    todo[0]["translation"] = "&Bestand"
    todo.append({"context": "MainWindow", "source": "Not in the file", "translation": "x"})
    done, problems = tool.fill(todo, "nl")
    assert done == 1
    assert problems == ["[MainWindow] 'Not in the file': not in zpdesk_nl.ts (run update first?)"]
    assert tool.todo("nl") == []
    by_source = {m.source: m for m in tool.read_ts(ts)}
    assert by_source["&File"].finished and by_source["&File"].translations == ["&Bestand"]
    assert by_source["Gone from the code"].kind == "vanished"


def test_remembered_translations_come_back_with_their_string(tmp_path: Path) -> None:
    """A string another branch adds is translated already when the .ts remembers it."""
    sources = _copy_sources(tmp_path)
    ts = tmp_path / "zpdesk_nl.ts"
    committed = tool.ts_path("nl").read_text(encoding="utf-8")
    remembered = (
        "    <context>\n        <name>BrandNew</name>\n        <message>\n"
        "            <source>Merged later</source>\n"
        '            <translation type="vanished">Later samengevoegd</translation>\n'
        "        </message>\n    </context>\n</TS>"
    )
    ts.write_text(committed.replace("</TS>", remembered), encoding="utf-8")
    problems = tool.check("nl", sources=sources, ts=ts)
    assert not [line for line in problems if "Merged later" in line]  # remembered, not required
    (sources / "ui" / "brand_new.py").write_text(
        "from PySide6.QtCore import QObject\n\n\n"
        "class BrandNew(QObject):\n"
        "    def text(self):\n"
        '        return self.tr("Merged later")\n',
        encoding="utf-8",
    )
    tool.run_lupdate(ts, sources)
    revived = [m for m in tool.read_ts(ts) if m.source == "Merged later"]
    assert [(m.finished, m.translations) for m in revived] == [(True, ["Later samengevoegd"])]


def _translation_call_offences(path: Path) -> list[str]:
    """Calls lupdate cannot attribute to the context they are translated in at run time."""
    import ast

    offences = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        where = f"{path.name}:{getattr(node, 'lineno', 0)}"
        # `tr = QCoreApplication.translate`, then tr("ctx", "text"): lupdate reads tr(...)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute):
            if node.value.attr == "translate" and any(
                isinstance(t, ast.Name) and t.id in ("tr", "_tr") for t in node.targets
            ):
                offences.append(f"{where}: aliases translate as {node.targets[0].id}")
        # def tr(text): return QCoreApplication.translate(CONTEXT, text)
        if isinstance(node, ast.FunctionDef) and node.name in ("tr", "_tr", "translate"):
            offences.append(f"{where}: defines {node.name}(); lupdate takes its calls for self.tr")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if (
                node.func.attr == "translate"
                and node.args
                and isinstance(owner, ast.Name)
                and owner.id in ("QCoreApplication", "QGuiApplication", "QApplication", "app")
            ):
                context = node.args[0]
                if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
                    offences.append(f"{where}: translate() with a context that is not a literal")
                if len(node.args) > 3 or node.keywords:
                    # lupdate's Python parser takes a count from translate() only as a number
                    # literal; with a variable the message is not plural, or not extracted.
                    offences.append(f"{where}: translate() with a count; use self.tr(text, '', n)")
            text_index = 1 if node.func.attr == "translate" else 0
            if node.func.attr in ("translate", "tr") and len(node.args) > text_index:
                text = node.args[text_index]
                # translate(f"…") or ("a" + b): lupdate never sees the text, it stays English.
                if isinstance(text, ast.JoinedStr | ast.BinOp) or (
                    isinstance(text, ast.Call)
                    and isinstance(text.func, ast.Attribute)
                    and text.func.attr == "format"
                ):
                    offences.append(f"{where}: {node.func.attr}() of a built text")
    return offences


def test_every_translation_call_is_one_lupdate_can_read() -> None:
    """self.tr("…"), QCoreApplication.translate("context", "…"), QT_TRANSLATE_NOOP("context", "…").

    Anything else (a tr wrapper, an alias, a context in a variable) gives lupdate the wrong
    context, and the Dutch text never shows although the catalogue has it.
    """
    offences = [
        line
        for path in sorted(tool.SOURCES.rglob("*.py"))
        for line in _translation_call_offences(path)
    ]
    assert offences == []


def test_the_rule_catches_a_translate_wrapper(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "CONTEXT = 'x'\n"
        "def tr(text):\n"
        "    return QCoreApplication.translate(CONTEXT, text)\n"
        "_tr = QCoreApplication.translate\n",
        encoding="utf-8",
    )
    assert len(_translation_call_offences(sample)) == 3
    sample.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def heading(year, n):\n"
        "    a = QCoreApplication.translate('ReviewReport', f'Decisions for {year}')\n"
        "    b = QCoreApplication.translate('ReviewReport', 'Summary ' + str(year))\n"
        "    return QCoreApplication.translate('AgendaCli', '%n page(s)', '', n)\n",
        encoding="utf-8",
    )
    assert [line.split(": ", 1)[1] for line in _translation_call_offences(sample)] == [
        "translate() of a built text",
        "translate() of a built text",
        "translate() with a count; use self.tr(text, '', n)",
    ]


# --- Qt's own catalogue, the language choice ----------------------------------------


def test_dutch_installs_qt_and_zpdesk_catalogues(qapp) -> None:  # noqa: ANN001
    assert i18n.install_translators(qapp, "nl") == "nl"
    assert len(i18n.installed_translators()) == 2  # qtbase_nl.qm and zpdesk_nl.qm
    assert QLocale().language() == QLocale.Language.Dutch
    # Standard dialog buttons come from Qt's own Dutch catalogue.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Bestand"

    assert i18n.install_translators(qapp, "en") == "en"
    assert len(i18n.installed_translators()) == 1  # zpdesk_en.qm: the plural forms only
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_system_language_is_followed(monkeypatch) -> None:  # noqa: ANN001
    dutch = QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: dutch))
    assert i18n.resolve_language(None) == "nl"
    assert i18n.resolve_language("en") == "en"
    assert i18n.locale_for("nl").territory() == QLocale.Country.Belgium  # a Belgian keeps nl_BE
    assert i18n.locale_for("en").territory() == QLocale.Country.UnitedKingdom
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: german))
    assert i18n.resolve_language(None) == "en"
    assert i18n.locale_for("nl").territory() == QLocale.Country.Netherlands


def test_view_language_menu_stores_the_choice(window, ui_settings, monkeypatch) -> None:  # noqa: ANN001
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text: shown.append(text)
    )
    menu = window.language_menu
    assert [a.text() for a in menu.menu.actions() if not a.isSeparator()] == [
        "Follow the system",
        "English",
        "Nederlands",
    ]
    assert menu.actions[""].isChecked()
    menu.actions["nl"].trigger()
    assert ui_settings.language == "nl"
    assert menu.actions["nl"].isChecked()
    assert shown == ["zpdesk will use the new language the next time you start it."]
    menu.actions[""].trigger()
    assert ui_settings.language == ""
    assert len(shown) == 2


# --- the window in both languages --------------------------------------------------

EXPECTED = {
    "en": {
        "menus": ["&File", "&Edit", "&View", "&Help"],
        "views": ["Overview", "Networks", "People", "Agenda", "Work", "Review", "Atlas"],
    },
    "nl": {
        "menus": ["&Bestand", "Be&werken", "Beel&d", "&Help"],
        "views": ["Overzicht", "Netwerken", "Mensen", "Agenda", "Werk", "Jaarevaluatie", "Atlas"],
    },
}


def _texts(widget: QWidget) -> list[str]:
    """Every piece of text a person sees in ``widget`` and its children."""
    found: list[str] = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel):
            found.append(child.text())
        elif isinstance(child, QAbstractButton):
            found.append(child.text())
        elif isinstance(child, QGroupBox):
            found.append(child.title())
        elif isinstance(child, QTabWidget):
            found += [child.tabText(i) for i in range(child.count())]
        elif isinstance(child, QComboBox):
            found += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QLineEdit):
            found.append(child.placeholderText())
        elif isinstance(child, QHeaderView) and child.model() is not None:
            found += [
                str(child.model().headerData(section, child.orientation()) or "")
                for section in range(child.count())
            ]
        found.append(child.toolTip())
        found += [action.text() for action in child.actions()]
    return [text for text in found if text]


def _untranslated(texts: list[str]) -> list[str]:
    """Texts still in English although the catalogue has a different Dutch text for them."""
    english_to_dutch = {
        m.source: m.translations[0]
        for m in tool.read_ts(tool.ts_path("nl"))
        if m.finished and not m.numerus
    }
    return sorted(
        {text for text in texts if text in english_to_dutch and english_to_dutch[text] != text}
    )


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_view_and_dialog_in_both_languages(
    language: str,
    qapp,  # noqa: ANN001
    qtbot,  # noqa: ANN001
    db,  # noqa: ANN001
    ui_settings,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
) -> None:
    """Opens every view and the window's dialogs; in Dutch nothing translatable is English."""
    from zpdesk.ui.app import build_window

    i18n.install_translators(qapp, language)
    window = build_window(db, ui_settings)
    qtbot.addWidget(window)
    window.show()
    expected = EXPECTED[language]
    assert [a.text() for a in window.menuBar().actions()] == expected["menus"]
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == expected[
        "views"
    ]
    seen: list[str] = []
    for key in VIEW_KEYS:
        view = window.show_view(key)
        qapp.processEvents()
        seen += _texts(view)
    for menu in (window.file_menu, window.edit_menu, window.view_menu, window.help_menu):
        seen += [action.text() for action in menu.actions()]
    seen += [a.text() for a in window.language_menu.menu.actions()]
    seen += _texts(window)

    # The About box and the first-start question, as they would be shown.
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "about", lambda _parent, title, text: boxes.append((title, text))
    )
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, title, text, *args: (
            boxes.append((title, text)) or QMessageBox.StandardButton.No
        ),
    )
    window.show_about()
    from zpdesk.ui.first_start import offer_demo_if_empty

    offer_demo_if_empty(window)
    assert len(boxes) == 2
    seen += [text for pair in boxes for text in pair]

    if language == "nl":
        assert boxes[0][0] == "Over zpdesk"
        assert boxes[1][0] == "Welkom bij zpdesk"
        assert window.windowTitle().startswith("zpdesk — ")
        assert _untranslated(seen) == []
    else:
        assert boxes[0][0] == "About zpdesk"
    assert len(VIEWS) == len(expected["views"])


def test_shot_renders_in_the_requested_language(db_path: Path, tmp_path: Path, qapp) -> None:  # noqa: ANN001
    """`zpdesk shot --lang nl` installs the Dutch catalogues; the picture differs from English."""
    from zpdesk.cli import main
    from zpdesk.store.db import open_database

    open_database(db_path).close()
    nl_png, en_png = tmp_path / "nl.png", tmp_path / "en.png"
    assert (
        main(
            [
                "shot",
                "--db",
                str(db_path),
                "--view",
                "overview",
                "--lang",
                "nl",
                "--out",
                str(nl_png),
            ]
        )
        == 0
    )
    assert QLocale().language() == QLocale.Language.Dutch
    assert QCoreApplication.translate("views", "Overview") == "Overzicht"
    assert (
        main(
            [
                "shot",
                "--db",
                str(db_path),
                "--view",
                "overview",
                "--lang",
                "en",
                "--out",
                str(en_png),
            ]
        )
        == 0
    )
    assert nl_png.read_bytes() != en_png.read_bytes()


def _run_window(monkeypatch, argv: list[str]) -> list[QWidget]:  # noqa: ANN001
    """Run ``zpdesk ARGV`` with the event loop patched to return at once; the windows it made."""
    from zpdesk.cli import main

    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)
    before = set(QApplication.topLevelWidgets())
    assert main(argv) == 0
    made = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    return made


def _close(widgets: list[QWidget]) -> None:
    for widget in widgets:
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()


def test_window_follows_lang_flag_then_setting(db_path: Path, monkeypatch, qapp) -> None:  # noqa: ANN001
    from zpdesk.ui.ui_settings import UiSettings

    windows = _run_window(monkeypatch, ["--db", str(db_path), "--lang", "nl"])
    try:
        titles = [a.text() for w in windows for a in w.menuBar().actions()]
        assert titles[:1] == ["&Bestand"]
    finally:
        _close(windows)

    # No flag: the View → Language setting decides; the flag beats the setting.
    settings = UiSettings()
    settings.language = "nl"
    settings.sync()
    windows = _run_window(monkeypatch, ["--db", str(db_path)])
    try:
        assert QLocale().language() == QLocale.Language.Dutch
        assert [a.text() for a in windows[0].menuBar().actions()][0] == "&Bestand"
    finally:
        _close(windows)
    windows = _run_window(monkeypatch, ["--db", str(db_path), "--lang", "en"])
    try:
        assert [a.text() for a in windows[0].menuBar().actions()][0] == "&File"
    finally:
        _close(windows)


# --- documents in Dutch: no English left in the PDF --------------------------------------

# The translation contexts whose texts a document prints.
DOCUMENT_CONTEXTS = {
    "agenda": ("AgendaReport", "AgendaCounts", "labels"),
}


def _english_fragments(contexts: tuple[str, ...]) -> list[str]:
    """The English words of ``contexts`` whose Dutch differs: what a Dutch PDF must not show.

    Each source is cut at its placeholders; pieces of at least four letters are kept. Plural
    messages contribute both English forms (zpdesk_en.ts).
    """
    import re

    english_forms = {
        (m.context, m.source): m.translations for m in tool.read_ts(tool.ts_path("en"))
    }
    fragments: set[str] = set()
    for message in tool.read_ts(tool.ts_path("nl")):
        if message.context not in contexts or not message.finished or not message.in_code:
            continue
        dutch = " ".join(message.translations)
        texts = english_forms.get((message.context, message.source), [message.source])
        for text in texts:
            for piece in re.split(r"%\d|%n|<[^>]+>", text):
                piece = piece.strip(" .,:;·—–-()!?\n")
                if sum(c.isalpha() for c in piece) >= 4 and piece not in dutch:
                    fragments.add(piece)
    return sorted(fragments)


def _pdf_text(path: Path) -> str:
    import subprocess

    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return " ".join(result.stdout.split())


def _english_in(text: str, contexts: tuple[str, ...]) -> list[str]:
    import re

    return [
        fragment
        for fragment in _english_fragments(contexts)
        if re.search(r"(?<![\w])" + re.escape(fragment) + r"(?![\w])", text)
    ]


def test_the_english_fragments_are_found_in_an_english_text() -> None:
    fragments = _english_fragments(DOCUMENT_CONTEXTS["agenda"])
    assert {"Agenda overview", "hours scheduled", "Attended", "Breakfast session"} <= set(fragments)
    assert "meeting that takes your time" in fragments  # a plural's English form
    assert _english_in("Week 45 · Agenda overview · Attended", ("AgendaReport", "labels")) == [
        "Agenda overview",
        "Attended",
    ]


@pytest.fixture
def agenda_file(db_path: Path) -> Path:
    """The agenda test data (November 2026) with the user's name, in a database file."""
    from agenda_data import seed_agenda
    from zpdesk.store.db import open_database
    from zpdesk.store.models import UserSettings

    db = open_database(db_path)
    try:
        with db.session() as session:
            seed_agenda(session)
            settings = session.get(UserSettings, 1)
            assert settings is not None
            settings.name = "Sanne de Vries"
    finally:
        db.close()
    return db_path


pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)


def _assert_dutch_agenda(text: str) -> None:
    assert "Agenda-overzicht" in text and "Sanne de Vries" in text
    assert "1 november 2026 tot en met 30 november 2026" in text
    assert "Afgedrukt" in text and "pagina 1 van" in text
    assert " u van " in text and "Aanwezig" in text
    assert _english_in(text, DOCUMENT_CONTEXTS["agenda"]) == []


@pdftotext
def test_dutch_agenda_pdf_from_the_command_line(agenda_file: Path, tmp_path: Path, qapp) -> None:  # noqa: ANN001
    from zpdesk.cli import main

    out = tmp_path / "agenda.pdf"
    argv = ["--lang", "nl", "agenda", "--db", str(agenda_file), "--from", "2026-11-01"]
    assert main([*argv, "--to", "2026-11-30", "--pdf", str(out)]) == 0
    _assert_dutch_agenda(_pdf_text(out))
    # in-process, the command leaves the language as it found it
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


@pdftotext
def test_dutch_agenda_pdf_from_the_window(
    agenda_file: Path,
    tmp_path: Path,
    qapp,  # noqa: ANN001
    qtbot,  # noqa: ANN001
    ui_settings,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
) -> None:
    """File → the Agenda's PDF button, the period dialog's OK, a file name: all by mouse."""
    from datetime import date

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

    from zpdesk.store.db import open_database
    from zpdesk.ui.app import build_window

    i18n.install_translators(qapp, "nl")
    db = open_database(agenda_file)
    window = build_window(db, ui_settings)
    qtbot.addWidget(window)
    window.show()
    try:
        view = window.show_view("agenda")
        view.set_anchor(date(2026, 11, 18))
        out = tmp_path / "venster.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
        QTest.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
        dialog = view.dialog
        assert dialog.kind().value == "month"  # the anchor's month: November 2026
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(out.exists, timeout=10000)
        _assert_dutch_agenda(_pdf_text(out))
    finally:
        window.close()
        db.close()


# --- plural forms ---------------------------------------------------------------------


def test_english_plural_forms_by_rule() -> None:
    assert tool.english_forms("%n engagement(s) · revenue %1") == [
        "%n engagement · revenue %1",
        "%n engagements · revenue %1",
    ]
    assert tool.english_forms("Saved %1 (%n page(s))") == [
        "Saved %1 (%n page)",
        "Saved %1 (%n pages)",
    ]
    assert tool.english_forms("%n series") == ["%n series", "%n series"]


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [("en", "1 page", "2 pages"), ("nl", "1 pagina", "2 pagina's")],
)
def test_counts_use_the_languages_plural_forms(qapp, language: str, one: str, two: str) -> None:  # noqa: ANN001
    """No "1 pages" or "1 pagina's": Qt's %n forms from zpdesk_en.qm and zpdesk_nl.qm."""
    from zpdesk.reports.agenda_cli import AgendaCliCounts

    i18n.install_translators(qapp, language)
    counts = AgendaCliCounts()
    assert (counts.pages(1), counts.pages(2)) == (one, two)
    expected = {"en": "Saved a.pdf (1 page)", "nl": "a.pdf opgeslagen (1 pagina)"}[language]
    text = QCoreApplication.translate("AgendaView", "Saved %1 (%n page(s))", "", 1)
    assert text.replace("%1", "a.pdf") == expected
