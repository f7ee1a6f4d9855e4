#!/usr/bin/env bash
# Installs what is missing, then serves the standalone page at http://127.0.0.1:8080
# with live rebuilds. Stop with Ctrl-C.
source "$(dirname "$0")/lib.sh"
"$ROOT/scripts/setup.sh"
remap_paths
step "Serving the widget at http://127.0.0.1:8080"
exec trunk serve --address 127.0.0.1 --port "${PORT:-8080}"
