#!/usr/bin/env bash
# What a newcomer on a fresh machine does, in a throwaway folder: clone the committed HEAD, make a
# new virtualenv (so nothing installed by hand on this machine is seen), and run README's two
# commands word for word. Run it before pushing a change to dependencies or to scripts/test.sh.
#   bash scripts/fresh-check.sh [pytest args...]     (e.g. -x -q)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/codegen-fresh-XXXXXX")"
trap 'rm -rf "$work"' EXIT
git clone --quiet "$repo" "$work/main"
# the tests use ../shared beside the clone, as CI has it
if [ -d "$repo/../shared" ]; then ln -s "$(cd "$repo/../shared" && pwd)" "$work/shared"; fi
python3 -m venv "$work/venv"
# shellcheck disable=SC1091
source "$work/venv/bin/activate"
cd "$work/main"
export CODEGEN_CACHE_DIR="$work/cache"
started=$(date +%s)
echo "== 1. python3 -m pip install -e . && codegen generate"
python3 -m pip install --quiet --disable-pip-version-check -e . && codegen generate
git diff --exit-code --stat -- generated || { echo "generated/ differs after codegen generate on a fresh machine" >&2; exit 1; }
echo "== 2. bash scripts/test.sh $*"
bash scripts/test.sh "$@"
echo "fresh-machine check passed in $(( $(date +%s) - started )) s"
