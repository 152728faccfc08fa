#!/usr/bin/env bash
# Makes sure a redis-server binary is on this machine for the GraphQL API tests (tests/Graph.Api.Tests
# start their own throwaway instance on a free port; nothing is left running by this script).
# Idempotent: does nothing when redis-server is already installed.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
    echo "redis-server: $(redis-server --version | head -n 1)"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-redis: redis-server is missing and apt-get is not available; install Redis by hand." >&2
    exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

echo "ensure-redis: installing Debian's redis-server..."
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# --no-install-recommends keeps the install small; the Debian package may try to start a service,
# which fails harmlessly in containers without an init system, so that part's status is ignored.
$SUDO apt-get install -y -qq --no-install-recommends redis-server >/dev/null || true

if ! command -v redis-server >/dev/null 2>&1; then
    echo "ensure-redis: the install did not provide redis-server." >&2
    exit 1
fi

# The package's own service (if an init system started one) is not what the tests use: they start
# their own instance on a free port, so a running system service is left alone.
echo "redis-server: $(redis-server --version | head -n 1)"
