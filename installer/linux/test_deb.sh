#!/usr/bin/env bash
# Build the .deb, install it with dpkg, run its command line and its window (under Xvfb, with a
# screenshot), remove it and check that nothing of it is left. Needs root (dpkg, apt-get).
# Usage: installer/linux/test_deb.sh [--rebuild] [SCREENSHOT.png]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
REBUILD=0
if [[ "${1:-}" == "--rebuild" ]]; then REBUILD=1; shift; fi
SHOT="${1:-$ROOT/dist/deb-window.png}"
WORK="$(mktemp -d)"
XVFB_PID=""
APP_PID=""
cleanup() {
    [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null || true
    [[ -n "$XVFB_PID" ]] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }

step "tools"
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v import >/dev/null || need+=(imagemagick)
command -v xwininfo >/dev/null || need+=(x11-utils)
if ((${#need[@]})); then apt-get update -qq && apt-get install -y -qq "${need[@]}"; fi

step "build"
if [[ $REBUILD == 1 || ! -x "$ROOT/dist/CollabDesktop/CollabDesktop" ]]; then
    "$PYTHON" "$ROOT/installer/build.py"
fi
DEB="$("$PYTHON" "$ROOT/installer/linux/build_deb.py" | tail -1 | cut -d' ' -f1)"
dpkg-deb --info "$DEB" | sed -n '/Package:/,/Description:/p'

step "dependencies"
missing=()
for dep in $(dpkg-deb -f "$DEB" Depends | tr -d ' ' | tr ',' ' '); do
    dpkg -s "$dep" >/dev/null 2>&1 || missing+=("$dep")
done
if ((${#missing[@]})); then apt-get update -qq && apt-get install -y -qq "${missing[@]}"; fi

step "install"
dpkg -i "$DEB"
dpkg -L collab-desktop > "$WORK/files.txt"
test -x /usr/bin/collab-desktop
test -f /opt/collab-desktop/CollabDesktop
test -f /usr/share/applications/collab-desktop.desktop
test -f /usr/share/icons/hicolor/256x256/apps/collab-desktop.png
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/collab-desktop.desktop
fi

step "command line (from $WORK, a fresh home)"
export HOME="$WORK/home"
mkdir -p "$HOME"
cd "$WORK"
DB="$WORK/x.sqlite"
collab-desktop --version
collab-desktop --db "$DB" list collaboratives --json > "$WORK/list.json"
count="$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$WORK/list.json")"
echo "collaboratives: $count"
test "$count" = 4

step "window under Xvfb"
Xvfb :99 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY=:99
for _ in $(seq 50); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.2; done
COLLAB_DESKTOP_SMOKE_TEST=1 QT_QPA_PLATFORM=xcb collab-desktop --db "$DB" | tee "$WORK/smoke.txt"
grep -q "window shown: x.sqlite" "$WORK/smoke.txt"
QT_QPA_PLATFORM=xcb collab-desktop --db "$DB" &
APP_PID=$!
for _ in $(seq 150); do
    xwininfo -root -tree | grep -q "Collab Desktop" && break
    sleep 0.2
done
xwininfo -root -tree | grep "Collab Desktop"
sleep 2  # let the first paint finish before the screenshot
mkdir -p "$(dirname "$SHOT")"
import -display :99 -window root "$SHOT"
echo "screenshot: $SHOT"
kill "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=""

step "remove"
dpkg -r collab-desktop
left=0
while read -r path; do
    if [[ -e "$path" && ! -d "$path" ]]; then echo "left behind: $path"; left=1; fi
done < "$WORK/files.txt"
for dir in /opt/collab-desktop /usr/share/icons/hicolor/scalable/apps/collab-desktop.svg; do
    if [[ -e "$dir" ]]; then echo "left behind: $dir"; left=1; fi
done
test "$left" = 0
test -f "$DB"  # the user's database stays
echo "removed cleanly; the user's database is kept"
