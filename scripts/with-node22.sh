#!/usr/bin/env bash
# Runs its arguments with a Node.js 22+ on PATH. When the machine's node is older, fetches
# Node 22 from the npm registry into ~/.local/node22 once and uses that, with its own headers
# for native addons (sqlite3 is built from source and must match the running Node's ABI).
set -euo pipefail
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(node_major)" -lt 22 ]; then
  prefix="${NODE22_PREFIX:-$HOME/.local/node22}"
  if [ ! -x "$prefix/node_modules/node/bin/node" ]; then
    echo "with-node22: machine node is $(node --version 2>/dev/null || echo missing); installing node@22 from the npm registry into $prefix" >&2
    npm install --silent --prefix "$prefix" node@22 >&2
  fi
  export PATH="$prefix/node_modules/node/bin:$PATH"
  headers=$(dirname "$(dirname "$(find "$prefix/node_modules" -path '*/include/node/node_version.h' | head -n 1)")")
  export npm_config_nodedir="$(dirname "$headers")"
  echo "with-node22: using node $(node --version) from $prefix" >&2
fi
exec "$@"
