#!/usr/bin/env bash
# One load run against a fresh server process on loopback: starts the published server on ports the system chooses,
# reads them from its "Listening:" log line, waits for /healthz, runs the load generator with --server-pid, stops the
# server. The numbers in bench/RESULTS.md come from this.
#
# usage: bench/load/run-one.sh SERVER_DIR LABEL grpc|rest|h2c [load generator options...]
#   SERVER_DIR  output of: dotnet publish src/Server -c Release -o SERVER_DIR
#   env SERVER_ENV="NAME=value ..."  extra server settings (e.g. FAST_PATH_ENABLED=false)
#   env OUT=dir                      where the JSON summaries and server logs go (default /tmp/jyotishika-load)
# e.g.: bench/load/run-one.sh /tmp/srv quiet-grpc grpc -c 50 -w 20s -z 20s
#       bench/load/run-one.sh /tmp/srv batch grpc --batch 10000 -c 2 -w 20s -z 20s
set -euo pipefail
server_dir=$1 label=$2 target=$3
shift 3
repo=$(cd "$(dirname "$0")/../.." && pwd)
out=${OUT:-/tmp/jyotishika-load}
mkdir -p "$out"
generator=$repo/bench/Jyotishika.LoadGenerator/bin/Release/net10.0/Jyotishika.LoadGenerator.dll
[ -f "$generator" ] || dotnet build "$repo/bench/Jyotishika.LoadGenerator" -c Release -v q >/dev/null

# Development: calculations open without sign-in; no per-request log lines; no rate limit; no Redis or PostgreSQL.
# Port 0: a port picked here and bound later could be taken by another program in between.
log=$out/server-$label.log
( cd "$server_dir" && exec env ASPNETCORE_ENVIRONMENT=Development RATE_LIMIT_PER_IP_PER_MINUTE=0 LOG_LEVEL=WARNING \
    BIND_ADDRESS=127.0.0.1 PORT=0 GRPC_PORT=0 ${SERVER_ENV:-} dotnet Jyotishika.Server.dll >"$log" 2>&1 ) &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
rest_url= grpc_url=
for _ in $(seq 1 120); do
    # "Listening: REST on http://127.0.0.1:41234, gRPC on http://127.0.0.1:41235", in the text or the JSON console format.
    listening=$(grep -o 'Listening: REST on http://[^ ,"]*, gRPC on http://[^ ,"]*' "$log" 2>/dev/null | head -n 1 || true)
    if [ -n "$listening" ]; then
        rest_url=${listening#Listening: REST on }
        rest_url=${rest_url%%,*}
        grpc_url=${listening##* gRPC on }
        curl -sf "$rest_url/healthz" >/dev/null && break
    fi
    kill -0 "$server" 2>/dev/null || { echo "the server exited; see $log" >&2; exit 1; }
    sleep 0.5
done
[ -n "$rest_url" ] || { echo "the server never said where it listens; see $log" >&2; exit 1; }

case $target in
    grpc) args=(--target grpc --address "$grpc_url") ;;
    rest) args=(--target rest --address "$rest_url") ;;
    h2c) args=(--target rest --http2 --address "$grpc_url") ;;
    *) echo "target must be grpc, rest or h2c" >&2; exit 1 ;;
esac
dotnet "$generator" "${args[@]}" --server-pid "$server" --json "$out/$label.json" "$@"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
