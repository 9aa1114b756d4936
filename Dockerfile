# Jyotishika server image: REST, health, metrics and license on 8080 (HTTP/1.1), gRPC on 8081 (HTTP/2 cleartext).
#
#   docker build -t jyotishika .
#   docker run --rm -p 8080:8080 -p 8081:8081 -e ASPNETCORE_ENVIRONMENT=Development jyotishika   # calculations only, to try it
#
# Production (the default here) needs these. Without DATABASE_URL … APP_BASE_URL it refuses to start, naming each missing;
# FRONTEND_BASE_URL and ALLOWED_ORIGINS are optional; SOURCE_URL is what AGPL-3.0 asks of every public deployment.
#   DATABASE_URL          postgresql://user:password@host:5432/jyotishika (a non-superuser owner: row-level security applies)
#   REDIS_URL             redis://[:password@]host:6379[/db], rediss:// for TLS (or REDIS_HOST/REDIS_PORT/REDIS_PASSWORD/REDIS_DB/REDIS_SSL)
#   SECRET_KEY            at least 32 random characters: openssl rand -hex 32
#   GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET   the OAuth client for sign-in
#   APP_BASE_URL          this server's public https:// URL (sign-in callbacks)
#   FRONTEND_BASE_URL     where browsers return after sign-in (default APP_BASE_URL)
#   ALLOWED_ORIGINS       browser origins allowed by CORS, comma-separated, no wildcard
#   SOURCE_URL            where users download this server's source: AGPL-3.0 §13, shown by GET /license
# Set them with `docker run -e` or an env file; never bake secrets into the image.
#
# Kept in step with scripts/run-server.sh: the same publish, the same native library and ephemeris files.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig Jyotishika.sln ./
COPY proto/ proto/
COPY ephe/ ephe/
COPY src/ src/
RUN dotnet publish src/Server/Jyotishika.Server.csproj -c Release -o /app --nologo

# .NET 10 images are Ubuntu 24.04 (Microsoft ships no Debian images for .NET 10); libswe2.0 is Debian's package, carried
# unchanged in Ubuntu's universe archive. curl serves the HEALTHCHECK below.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends libswe2.0 curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
COPY LICENSE ./
# The 18-series ephemeris files (1800-2399) travel with the publish output into /app/ephe; the build fails here if not.
RUN test -f /app/ephe/sepl_18.se1 && test -f /app/ephe/semo_18.se1 && test -f /app/ephe/seas_18.se1
# The fast path's tables (~22 MB), built from the native library once here instead of at every container's first start.
RUN EPHE_PATH=/app/ephe dotnet Jyotishika.Server.dll build-fast-path --FAST_PATH_CACHE_DIR=/app/fast-path

ENV ASPNETCORE_ENVIRONMENT=Production \
    PORT=8080 \
    GRPC_PORT=8081 \
    BIND_ADDRESS=0.0.0.0 \
    EPHE_PATH=/app/ephe \
    FAST_PATH_CACHE_DIR=/app/fast-path \
    LOG_LEVEL=INFO \
    SHUTDOWN_TIMEOUT_SECONDS=30 \
    ASPNETCORE_HTTP_PORTS=
# ASPNETCORE_HTTP_PORTS is emptied because the server binds PORT and GRPC_PORT itself.

EXPOSE 8080 8081

# Liveness only (no dependencies). Orchestrators should also probe readiness: GET /readyz on 8080, or grpc.health.v1 on
# 8081 per service. docker stop sends SIGTERM: calls in flight get SHUTDOWN_TIMEOUT_SECONDS to finish (give docker
# stop -t / terminationGracePeriodSeconds a little more).
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${PORT}/healthz" || exit 1

# The image's unprivileged "app" user (uid 1654).
USER $APP_UID
ENTRYPOINT ["dotnet", "Jyotishika.Server.dll"]
