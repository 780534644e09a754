#!/usr/bin/env bash
# Set up, then analyze the bundled example story and print the brief.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/corroborate analyze examples/harbor-bridge --db "${CORROBORATE_DB:-corroborate.db}" "$@"
