"""A missing X11 library gives a readable message instead of Qt's abort (issue 14)."""

from __future__ import annotations

import pytest

from zpdesk.ui import platform_libraries as check


def test_xcb_is_expected_only_on_linux_with_a_display_and_no_other_platform() -> None:
    linux = "linux"
    assert check.xcb_will_be_used({"DISPLAY": ":0"}, linux)
    assert check.xcb_will_be_used({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, linux)
    assert not check.xcb_will_be_used({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, linux)
    assert not check.xcb_will_be_used({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, linux)
    assert not check.xcb_will_be_used({}, linux)
    assert not check.xcb_will_be_used({"DISPLAY": ":0"}, "win32")


def test_the_message_names_the_missing_libraries_and_their_packages() -> None:
    missing = check.missing_libraries(
        lambda name: name not in ("libxcb-cursor.so.0", "libEGL.so.1")
    )
    assert missing == ["libEGL.so.1", "libxcb-cursor.so.0"]
    message = check.missing_message(missing)
    assert "libEGL.so.1, libxcb-cursor.so.0" in message
    assert "sudo apt install libegl1 libxcb-cursor0" in message
    assert check.missing_libraries(lambda _name: True) == []


def test_libraries_that_exist_are_found() -> None:
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("Linux only")
    assert check._loads("libc.so.6")
    assert not check._loads("libzpdesk-no-such-library.so.7")


def test_zpdesk_says_what_is_missing_instead_of_aborting(monkeypatch, capsys, db_path) -> None:  # noqa: ANN001
    """run_app checks before the QApplication exists; the check is faked missing here."""
    from PySide6.QtWidgets import QApplication

    from zpdesk.ui import app as app_module

    monkeypatch.setattr(QApplication, "instance", staticmethod(lambda: None))
    monkeypatch.setattr(
        check, "check_before_window", lambda: check.missing_message(["libxcb-cursor.so.0"])
    )
    assert app_module.run_app(str(db_path)) == 1
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0" in err and "sudo apt install libxcb-cursor0" in err
    assert not db_path.exists()  # nothing was opened
