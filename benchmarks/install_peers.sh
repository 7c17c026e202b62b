#!/usr/bin/env bash
# Install the peer linters the speed benchmark compares copydesk with, into benchmarks/.peers/
# (ignored by git): proselint 0.16 in its own virtualenv, and textlint with the write-good,
# no-todo and sentence-length rules from npm. Needs python3 (with venv) and Node >= 20.18 with npm
# (textlint 15; with an older Node set TEXTLINT_VERSION=14).
#
#     bash benchmarks/install_peers.sh            # idempotent; rerun to repair
#
# benchmarks/speed.py skips a peer that is not installed and says so.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
peers="${COPYDESK_PEERS_DIR:-$here/.peers}"
python="${PYTHON:-python3}"
mkdir -p "$peers"

if [ ! -x "$peers/proselint/bin/proselint" ]; then
  "$python" -m venv "$peers/proselint"
  "$peers/proselint/bin/pip" install --quiet "proselint==0.16.0"
fi
"$peers/proselint/bin/proselint" version

textlint_dir="$peers/textlint"
mkdir -p "$textlint_dir"
if [ ! -x "$textlint_dir/node_modules/.bin/textlint" ]; then
  (cd "$textlint_dir" && [ -f package.json ] || npm init -y >/dev/null)
  (cd "$textlint_dir" && npm install --no-audit --no-fund --silent \
    "textlint@${TEXTLINT_VERSION:-15.8.0}" textlint-rule-write-good@2.0.0 textlint-rule-no-todo@2.0.1 \
    textlint-rule-sentence-length@5.2.1)
fi
# The rules the issue names: write-good, no-todo and sentence-length (at most 250 characters).
cat > "$textlint_dir/.textlintrc.json" <<'JSON'
{
  "rules": {
    "write-good": true,
    "no-todo": true,
    "sentence-length": { "max": 250 }
  }
}
JSON
"$textlint_dir/node_modules/.bin/textlint" --version
