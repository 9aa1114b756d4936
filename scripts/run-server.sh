#!/usr/bin/env bash
# Runs the Jyotishika server on a fresh Debian machine: installs the native Swiss Ephemeris and its data if missing,
# builds in Release and starts it (REST on $PORT, default 8080; gRPC on $GRPC_PORT, default 8081).
# Calculations need nothing else; storage-backed services are configured with DATABASE_URL / REDIS_URL.
# Runs as Development unless ASPNETCORE_ENVIRONMENT says otherwise: calculations open to anonymous callers. Production
# requires a signed-in caller for calculations and therefore DATABASE_URL, REDIS_URL and Google credentials.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$(repo_root)
ensure_dotnet
ensure_packages libswe2.0 swe-basic-data
dotnet publish "$root/src/Server/Jyotishika.Server.csproj" -c Release -o "$root/artifacts/server" --nologo -v quiet
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
exec dotnet "$root/artifacts/server/Jyotishika.Server.dll" "$@"
