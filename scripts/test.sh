#!/usr/bin/env bash
# Install what the tests need, then run the whole test suite. README's second command; CI runs it too.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m pip install --quiet --disable-pip-version-check -e '.[test]'

# The docs tests drive a real browser: Debian's chromium. Install it when we can.
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing chromium for the browser tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is not installed: browser tests will be skipped (apt-get install chromium)" >&2
  fi
fi

# The Ruby client's tests drive Debian's ruby and minitest. Install them when we can.
if ! command -v ruby >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing ruby for the Ruby client tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ruby ruby-minitest >/dev/null
  else
    echo "ruby is not installed: Ruby client tests will be skipped (apt-get install ruby ruby-minitest)" >&2
  fi
fi

# The TypeScript runtime's tests compile it with the TypeScript compiler pinned in
# tools/typescript (with Node's types and the stripe package, the form encoder's oracle).
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  (cd tools/typescript && npm ci --prefer-offline --no-audit --no-fund --loglevel=error) ||
    echo "npm ci failed in tools/typescript: the TypeScript runtime's tests will be skipped" >&2
else
  echo "node is not installed: the TypeScript runtime's tests will be skipped (Node 18+ and npm)" >&2
fi

python3 -m pytest "$@"
