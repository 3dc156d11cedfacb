#!/usr/bin/env bash
# Runs its arguments with a Node.js that package.json's engines field accepts. When the machine's node is older,
# fetches the latest Node 22 from the npm registry into ~/.local/node22 once and uses that, with its own headers
# for native addons (sqlite3 is built from source and must match the running Node's ABI).
set -euo pipefail
project=$(dirname "$(dirname "$(readlink -f "$0")")")
# ">=22.19.0" in package.json: node:sqlite without a flag (22.13) and undici 8 (22.19).
required=$(sed -n 's/.*"node": *">=\([0-9.]*\)".*/\1/p' "$project/package.json")
# True when the node first on PATH is at least $required (false when there is none).
node_new_enough() {
  node -e '
    const want = process.argv[1].split(".").map(Number);
    const have = process.versions.node.split(".").map(Number);
    const first = [0, 1, 2].find((i) => (have[i] || 0) !== (want[i] || 0));
    process.exit(first === undefined || (have[first] || 0) > (want[first] || 0) ? 0 : 1);
  ' "$required" 2>/dev/null
}
if ! node_new_enough; then
  prefix="${NODE22_PREFIX:-$HOME/.local/node22}"
  export PATH="$prefix/node_modules/node/bin:$PATH"
  if ! node_new_enough; then
    echo "with-node22: the machine's node is older than $required; installing node@22 from the npm registry into $prefix" >&2
    npm install --silent --prefix "$prefix" node@22 >&2
    hash -r # bash remembered where it found node before the install
  fi
  headers=$(dirname "$(dirname "$(find "$prefix/node_modules" -path '*/include/node/node_version.h' | head -n 1)")")
  export npm_config_nodedir="$(dirname "$headers")"
  echo "with-node22: using node $(node --version) from $prefix" >&2
fi
exec "$@"
