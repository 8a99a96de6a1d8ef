#!/usr/bin/env bash
# Build the one-folder Linux bundle with PyInstaller and smoke-run the frozen binary.
#
#     bash packaging/build_linux.sh [OUT_DIR]        (default: build/linux)
#
# Leaves OUT_DIR/dist/zpdesk/ (the app: run ./zpdesk) with the freedesktop files under
# OUT_DIR/dist/zpdesk/share/, and prints the bundle size. Needs PyInstaller (the `test`
# extra installs it). The smoke run is offscreen, so no display is needed:
#   1. `zpdesk --version` prints the version of this checkout;
#   2. `zpdesk shot` on a new, empty database file: the window opens on a database the
#      bundled Alembic migrations just created, and quits;
#   3. `zpdesk demo` writes the sample data and `zpdesk shot --lang nl` opens the window on
#      it for every view and quits — each PNG must be written, and differ from English;
#   4. plain `zpdesk --db demo.sqlite` starts the window and is still running after 8 s.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$(mkdir -p "${1:-$ROOT/build/linux}" && cd "${1:-$ROOT/build/linux}" && pwd)"
PYTHON="${PYTHON:-python}"

echo "== building the bundle in $OUT"
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/work" "$ROOT/packaging/zpdesk.spec"
APP="$OUT/dist/zpdesk"
BIN="$APP/zpdesk"

# The freedesktop files, laid out as they install under /usr or ~/.local.
install -Dm644 "$ROOT/packaging/linux/nl.zpdesk.zpdesk.desktop" \
    "$APP/share/applications/nl.zpdesk.zpdesk.desktop"
install -Dm644 "$ROOT/packaging/linux/nl.zpdesk.zpdesk.metainfo.xml" \
    "$APP/share/metainfo/nl.zpdesk.zpdesk.metainfo.xml"
install -Dm644 "$ROOT/resources/icons/zpdesk.svg" \
    "$APP/share/icons/hicolor/scalable/apps/nl.zpdesk.zpdesk.svg"
install -Dm644 "$ROOT/packaging/icons/zpdesk-256.png" \
    "$APP/share/icons/hicolor/256x256/apps/nl.zpdesk.zpdesk.png"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$APP/share/applications/nl.zpdesk.zpdesk.desktop"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic "$APP/share/metainfo/nl.zpdesk.zpdesk.metainfo.xml"
fi
echo "== built in $(( $(date +%s) - start )) s"

echo "== smoke run of the frozen binary (offscreen)"
export QT_QPA_PLATFORM=offscreen
SMOKE="$(mktemp -d)"
trap 'rm -rf "$SMOKE"' EXIT
# Keep the smoke run's settings and data out of the user's folders.
export ZPDESK_HOME="$SMOKE/home"
unset ZPDESK_DB

want="zpdesk $(PYTHONPATH="$ROOT/src" "$PYTHON" -c 'import zpdesk; print(zpdesk.__version__)')"
got="$("$BIN" --version)"
if [ "$got" != "$want" ]; then
    echo "--version printed '$got', expected '$want'" >&2
    exit 1
fi
echo "--version: $got"

: > "$SMOKE/fresh.sqlite"
"$BIN" shot --db "$SMOKE/fresh.sqlite" --view overview --out "$SMOKE/fresh.png" >/dev/null
test -s "$SMOKE/fresh.png"
echo "empty database: migrated and shown"

"$BIN" demo --db "$SMOKE/demo.sqlite"
for view in overview networks people agenda work review; do
    "$BIN" shot --db "$SMOKE/demo.sqlite" --view "$view" --lang nl --out "$SMOKE/$view.png" >/dev/null
    test -s "$SMOKE/$view.png"
done
"$BIN" shot --db "$SMOKE/demo.sqlite" --view overview --lang en --out "$SMOKE/overview-en.png" >/dev/null
if cmp -s "$SMOKE/overview.png" "$SMOKE/overview-en.png"; then
    echo "the Dutch and English windows look the same: the bundled translation was not loaded" >&2
    exit 1
fi
echo "demo database: every view shown in Dutch (and differently from English)"

# The window itself (not only `shot`): it must start on the demo database and still be
# running when stopped — a missing Qt module or plug-in makes it exit at once instead.
set +e
timeout 8 "$BIN" --db "$SMOKE/demo.sqlite" --lang nl >"$SMOKE/window.log" 2>&1
rc=$?
set -e
if [ "$rc" -ne 124 ]; then
    echo "the window exited with $rc instead of running:" >&2
    cat "$SMOKE/window.log" >&2
    exit 1
fi
echo "window: started on the demo database and ran until stopped"

size=$(du -sh "$APP" | cut -f1)
echo "== bundle: $APP ($size)"
