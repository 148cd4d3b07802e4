#!/usr/bin/env bash
# Set-up and everyday tasks for Rapport on Debian/Ubuntu.
#   ./dev.sh run          install what is needed, then open the app
#   ./dev.sh test         install what is needed, then lint, type-check and run every test
#   ./dev.sh screenshots  demo data under Xvfb, one PNG per view (docs/screenshots)
#   ./dev.sh update-translations  refresh resources/translations/*.ts from the code
# System packages are installed with apt when running as root; otherwise the exact
# apt-get line is printed.
set -euo pipefail
cd "$(dirname "$0")"

VENV=${VENV:-.venv}
PY=${PYTHON:-python3}

# Qt's xcb platform and fonts: needed to show any window.
RUN_PACKAGES=(libxcb-cursor0 libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0
  libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0
  libxcb-image0 libxcb-xinerama0 libdbus-1-3 libglib2.0-0 fonts-dejavu-core)
# The real parts the tests use: a virtual screen, a tray, the Secret Service, screenshots.
TEST_PACKAGES=(xvfb xauth trayer gnome-keyring dbus dbus-x11 imagemagick)

say() { printf '==> %s\n' "$*"; }

missing_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || printf '%s ' "$pkg"
  done
}

ensure_system_packages() {
  command -v dpkg-query >/dev/null || { say "not a Debian/Ubuntu system: install the equivalents of: $*"; return 0; }
  local missing
  missing=$(missing_packages "$@")
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing system packages: $missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    say "MISSING system packages: $missing"
    say "install them with: sudo apt-get install -y $missing"
    say "(tests that need them will be skipped and say why)"
  fi
}

ensure_venv() {
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating the virtual environment in $VENV"
    if ! "$PY" -m venv "$VENV" 2>/dev/null; then
      rm -rf "$VENV"
      ensure_system_packages python3-venv
      "$PY" -m venv "$VENV" || { say "cannot create a virtualenv: install python3-venv"; exit 1; }
    fi
  fi
  local extra=$1 stamp="$VENV/.installed-$1"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    say "installing Rapport and its dependencies ($extra)"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    if [ "$extra" = test ]; then
      "$VENV/bin/python" -m pip install -q -e '.[test]'
    else
      "$VENV/bin/python" -m pip install -q -e .
    fi
    touch "$stamp"
  fi
}

build_translations() {
  local ts
  shopt -s nullglob
  for ts in resources/translations/*.ts; do
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
  done
}

cmd_run() {
  ensure_system_packages "${RUN_PACKAGES[@]}"
  ensure_venv run
  build_translations
  exec "$VENV/bin/networking-app" "$@"
}

cmd_test() {
  ensure_system_packages "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
  ensure_venv test
  build_translations
  say "ruff (lint)";         "$VENV/bin/ruff" check networking_app tests scripts benchmarks
  say "ruff (format)";       "$VENV/bin/ruff" format --check networking_app tests scripts benchmarks
  say "mypy (strict on domain/ and storage/)"
  "$VENV/bin/mypy" networking_app
  say "pytest"
  "$VENV/bin/python" -m pytest "$@"
}

cmd_update_translations() {
  ensure_venv test
  local ts
  for ts in resources/translations/*.ts; do
    "$VENV/bin/pyside6-lupdate" -no-obsolete $(find networking_app/ui networking_app/app.py -name '*.py') -ts "$ts"
  done
  # French for new strings may be kept as JSON {English: French} beside the .ts.
  local tables=(resources/translations/fr-*.json)
  if [[ -e "${tables[0]}" ]]; then
    "$VENV/bin/python" scripts/apply_translations.py resources/translations/rapport_fr.ts "${tables[@]}" || true
  fi
  say "now translate the entries marked unfinished (.venv/bin/pyside6-linguist resources/translations/rapport_fr.ts)"
}

cmd_screenshots() {
  ensure_system_packages "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
  ensure_venv test
  build_translations
  "$VENV/bin/python" scripts/screenshots.py "$@"
}

case "${1:-}" in
  run) shift; cmd_run "$@" ;;
  test) shift; cmd_test "$@" ;;
  screenshots) shift; cmd_screenshots "$@" ;;
  translations) ensure_venv test; build_translations ;;
  update-translations) cmd_update_translations ;;
  *) echo "usage: ./dev.sh run|test|screenshots|translations|update-translations [args]" >&2; exit 2 ;;
esac
