"""Packaging: freedesktop files, the non-editable install, the frozen bundle."""

from __future__ import annotations

import configparser
import os
import shutil
import site
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "nl.zpdesk.zpdesk.desktop"
METAINFO = LINUX / "nl.zpdesk.zpdesk.metainfo.xml"


def _clean_env() -> dict[str, str]:
    """The environment without anything that points Python or zpdesk at this checkout."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ZPDESK_DB")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _see_this_environment(python: Path) -> None:
    """Let the venv at `python` see the packages of the environment running the tests.

    --system-site-packages shows the *base* interpreter's packages; when the tests run in a
    virtual environment themselves (the README's way), PySide6, setuptools' wheel support
    etc. live in that environment instead ("invalid command 'bdist_wheel'"). A .pth file
    in the new venv lists this environment's site-packages after the venv's own.
    """
    if sys.prefix == sys.base_prefix:
        return
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
        env=_clean_env(),
    ).stdout.strip()
    outer = site.getsitepackages()
    (Path(purelib) / "zz_outer_environment.pth").write_text(
        "".join(f"{path}\n" for path in outer if Path(path).is_dir()), encoding="utf-8"
    )


# --- freedesktop files ---------------------------------------------------------------


def test_desktop_entry_names_the_app_icon_and_command() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "zpdesk"  # the window; zpdesk takes no file argument
    assert entry["Icon"] == "nl.zpdesk.zpdesk" == DESKTOP.name.removesuffix(".desktop")
    assert entry["Terminal"] == "false"
    assert entry["Comment[nl]"]  # Dutch users see Dutch in their menus
    assert entry["Categories"].endswith(";")


def test_metainfo_matches_the_desktop_entry_and_version() -> None:
    import zpdesk

    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == "nl.zpdesk.zpdesk"
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("provides/binary").text == "zpdesk"
    assert root.find("releases/release").get("version") == zpdesk.__version__
    assert {lang.text for lang in root.iter("lang")} == {"en", "nl"}


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate not installed (apt-get install desktop-file-utils)",
)
def test_desktop_file_validate_passes() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="appstreamcli not installed (apt-get install appstream)",
)
def test_appstreamcli_validate_passes() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
    # only informational notes (e.g. tags newer than the local appstream), no warnings
    assert not [line for line in result.stdout.splitlines() if line.startswith(("W:", "E:"))]


# --- pip install . (not editable) ----------------------------------------------------


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_non_editable_install_finds_icons_and_translations(tmp_path: Path) -> None:
    """`pip install .` into a fresh venv; the installed package finds its resources.

    The venv sees the environment's PySide6 etc. (--system-site-packages); zpdesk itself
    is built from a copy of this checkout and run from outside any source tree.
    """
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    _see_this_environment(python)
    install = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--quiet",
            str(source),
        ],
        capture_output=True,
        text=True,
        env=_clean_env(),
        cwd=tmp_path,
    )
    assert install.returncode == 0, install.stderr + install.stdout

    run = tmp_path / "run"
    run.mkdir()
    version = subprocess.run(
        [str(bindir / "zpdesk"), "--version"],
        capture_output=True,
        text=True,
        env=_clean_env(),
        cwd=run,
    )
    import zpdesk

    assert version.stdout.strip() == f"zpdesk {zpdesk.__version__}", version.stderr

    snippet = f"""
import sys
from importlib.resources import files
from pathlib import Path

import zpdesk
here = Path(zpdesk.__file__).resolve()
assert here.is_relative_to(Path({str(venv)!r}).resolve()), here

from PySide6.QtWidgets import QApplication
app = QApplication([])
from zpdesk.ui import i18n, theme
from zpdesk.ui.views import VIEWS
for spec in VIEWS:
    assert not theme.icon(spec.icon).pixmap(24).isNull(), spec.icon
assert not theme.app_icon().isNull()
assert i18n.catalogue("nl").is_file()
assert i18n.install_translators(app, "nl") == "nl"
assert app.translate("MainWindow", "&File") == "&Bestand"
assert app.translate("views", "Review") == "Jaarevaluatie"

# the migrations ship too: a new database is created by Alembic from the installed files
from zpdesk.store.db import open_database
db = open_database(Path("fresh.sqlite"))
db.close()
print("resources ok")
"""
    result = subprocess.run(
        [str(python), "-c", snippet], capture_output=True, text=True, env=_clean_env(), cwd=run
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "resources ok"


# --- the frozen bundle ---------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_frozen_bundle_builds_and_smoke_runs(tmp_path: Path) -> None:
    """packaging/build_linux.sh: PyInstaller one-folder build, then the frozen binary runs
    `--version`, opens a new and a demo database offscreen (every view, in Dutch) and quits.
    """
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux bundle is built on Linux")
    out = tmp_path / "linux"
    started = time.monotonic()
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_linux.sh"), str(out)],
        capture_output=True,
        text=True,
        env={**_clean_env(), "PYTHON": sys.executable},
        cwd=tmp_path,
    )
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    import zpdesk

    assert f"--version: zpdesk {zpdesk.__version__}" in result.stdout
    assert "empty database: migrated and shown" in result.stdout
    assert "demo database: every view shown in Dutch" in result.stdout
    assert "window: started on the demo database and ran until stopped" in result.stdout
    app = out / "dist" / "zpdesk"
    assert (app / "share" / "applications" / "nl.zpdesk.zpdesk.desktop").is_file()
    size = sum(f.stat().st_size for f in app.rglob("*") if f.is_file() and not f.is_symlink())
    # Report what was measured (shown with -rA / in the CI log on failure).
    print(f"bundle built and smoke-run in {seconds:.0f} s, {size / 2**20:.0f} MiB")
    assert size < 400 * 2**20, "unused Qt modules must stay excluded"
