#!/usr/bin/env bash
# The closing-note load test in one command: serves STORE (a loaded store, e.g. scale 10) with and without Redis and
# runs graph-loadtest from a separate process in three modes (hot: answers cached after warm-up; cold: a unique
# query text per request; fresh: a never-seen entity per request). Prints one table per run; JSON lands in OUT.
# Usage: benchmarks/Graph.LoadTest/run.sh STORE [OUT] [CONCURRENCY]
set -euo pipefail

store=${1:?usage: run.sh STORE [OUT] [CONCURRENCY]}
out=${2:-artifacts/loadtest}
concurrency=${3:-16}
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)

dotnet build "$root/src/Graph.Cli" -c Release -v q -nologo >/dev/null
dotnet build "$root/benchmarks/Graph.LoadTest" -c Release -v q -nologo >/dev/null
graph="$root/src/Graph.Cli/bin/Release/net10.0/graph"
loadtest="$root/benchmarks/Graph.LoadTest/bin/Release/net10.0/graph-loadtest"
"$root/deploy/ensure-redis.sh" >/dev/null

key="load-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
port=5087
redis_port=6397
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

serve() { # $1 = redis address or empty
    local redis_args=()
    [ -n "$1" ] && redis_args=(--redis "$1")
    Api__Keys__0__Name=load Api__Keys__0__Key="$key" Api__Keys__0__Roles__0=admin Api__RateLimit__PermitsPerSecond=0 \
        "$graph" serve --store "$store" --urls "http://127.0.0.1:$port" "${redis_args[@]}" >"$out/serve.log" 2>&1 &
    server=$!
    pids+=("$server")
    for _ in $(seq 1 600); do
        if curl -fsS "http://127.0.0.1:$port/health" 2>/dev/null | grep -q '"analysis":"ready"\|"analysis": *"ready"'; then return 0; fi
        kill -0 "$server" 2>/dev/null || { cat "$out/serve.log" >&2; exit 1; }
        sleep 1
    done
    echo "run.sh: the service did not finish its analysis in 10 minutes" >&2; exit 1
}

run() { # $1 = label, rest = graph-loadtest options
    local label=$1; shift
    "$loadtest" --url "http://127.0.0.1:$port" --key "$key" --concurrency "$concurrency" --server-pid "$server" \
        --label "$label" --json "$out/$label.json" "$@"
}

for backend in redis memory; do
    if [ "$backend" = redis ]; then
        redis-server --port "$redis_port" --save '' --appendonly no --daemonize no >"$out/redis.log" 2>&1 &
        pids+=("$!")
        sleep 1
        serve "127.0.0.1:$redis_port"
    else
        serve ""
    fi
    run "$backend-hot"
    run "$backend-cold" --cold
    run "$backend-fresh" --fresh --entities 45000 --scenarios entity --duration 10
    # A fresh neighbourhood runs code the other runs barely touched: the runtime's tiered compiler (with dynamic
    # profile-guided optimisation) recompiles it during the first ~30 s under load, at a quarter of the CPU. The
    # long warm-up measures the service as it runs for hours, not its compiler; the first seconds are in
    # "$backend-fresh-start".
    run "$backend-fresh-start" --fresh --entities 20000 --scenarios neighborhood2 --duration 10 --warmup 0
    run "$backend-fresh-nbh" --fresh --entities 45000 --scenarios neighborhood2 --warmup 30
    kill "$server"; wait "$server" 2>/dev/null || true
    if [ "$backend" = redis ]; then redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true; fi
done
