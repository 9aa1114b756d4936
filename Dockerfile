# Jyotishika server image. Build: docker build -t jyotishika .   Run: docker run -p 8080:8080 -p 8081:8081 jyotishika
# The .NET 10 images are Ubuntu 24.04 based, whose universe archive carries the same libswe2.0 as Debian.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig Jyotishika.sln ./
COPY proto/ proto/
COPY ephe/ ephe/
COPY src/ src/
RUN dotnet publish src/Server/Jyotishika.Server.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends libswe2.0 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
COPY LICENSE ./
ENV PORT=8080 GRPC_PORT=8081 ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080 8081
# Liveness: GET /healthz on 8080; gRPC health (grpc.health.v1) on 8081. The runtime image has no curl, so probes
# belong to the orchestrator.
USER $APP_UID
ENTRYPOINT ["dotnet", "Jyotishika.Server.dll"]
