#!/usr/bin/env bash
# The test command (npm test): typecheck, lint, format check, dictionary check, then every test
# file under test/ through node:test. TZ=UTC so dates never depend on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
shopt -s globstar nullglob

echo "== typecheck"; npx --no-install tsc --noEmit -p .
echo "== lint"; npx --no-install eslint src test bench
echo "== format"; npx --no-install prettier --check . --log-level warn

files=(test/**/*.test.ts)
if [ "${#files[@]}" -eq 0 ]; then echo "no test files found under test/" >&2; exit 1; fi
echo "== tests (${#files[@]} files)"
node --import tsx --test --test-concurrency=2 "${files[@]}"
