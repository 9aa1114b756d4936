#!/usr/bin/env bash
# Runs every test on a fresh Debian machine: installs what the tests need (the native Swiss Ephemeris, its data, the
# swetest reference tool, and the PostgreSQL and Redis servers), restores, builds and runs all test projects, then prints
# one summary line. Nothing is started here: the tests start their own throwaway PostgreSQL and Redis on free loopback
# ports and remove them afterwards, so no system service is used or needed.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$(repo_root)
ensure_dotnet
ensure_packages libswe2.0 swe-basic-data swetest postgresql redis-server chromium fonts-dejavu-core prometheus
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet build "$root/Jyotishika.sln" -c Release --nologo -v quiet
# The engine's fast-path tables (built once from the native library, about half a minute, then cached): built here so no
# test's server start waits for them.
dotnet "$root/src/Server/bin/Release/net10.0/Jyotishika.Server.dll" build-fast-path
dotnet test "$root/Jyotishika.sln" -c Release --nologo --no-build 2>&1 | tee "$log" || status=$?
# One line for CI, summed over the test assemblies: "N passed, N failed, N skipped".
awk '/(Passed|Failed)! +- +Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
if [ "$status" -eq 0 ] && ! grep -qE '(Passed|Failed)! +- +Failed:' "$log"; then
  echo "No test ran." >&2
  status=1
fi
exit "$status"
