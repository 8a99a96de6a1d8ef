#!/usr/bin/env bash
# Regenerate the README's screenshots: every main view, in Dutch, on the demo data.
#
#     bash packaging/screenshots.sh [OUT_DIR]     (default: docs/screenshots)
#
# Runs this checkout's code (PYTHONPATH=src) offscreen with `zpdesk demo` and `zpdesk shot`.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${1:-$ROOT/docs/screenshots}"
PYTHON="${PYTHON:-python}"
SIZE="${SIZE:-1280x800}"
mkdir -p "$OUT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

export PYTHONPATH="$ROOT/src"
export QT_QPA_PLATFORM=offscreen
export ZPDESK_HOME="$WORK/home"   # keep the user's settings and data out of it
unset ZPDESK_DB

"$PYTHON" -m zpdesk demo --db "$WORK/demo.sqlite" >/dev/null
for view in overview networks people agenda work review; do
    "$PYTHON" -m zpdesk shot --db "$WORK/demo.sqlite" --view "$view" --lang nl \
        --size "$SIZE" --out "$OUT/$view.png" >/dev/null
    echo "$OUT/$view.png"
done
