using Jyotishika.Engine.Native;
using Npgsql;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Jyotishika.Server.Platform.Observability;

/// <summary>
/// OpenTelemetry tracing, off unless OTEL_EXPORTER_OTLP_ENDPOINT is set (OTEL_SERVICE_NAME names the service, default
/// "jyotishika"; the exporter reads the other standard OTEL_EXPORTER_OTLP_* settings itself). Spans: each request (REST
/// and gRPC; probes and /metrics left out), each PostgreSQL command (Npgsql's own), each Redis call, and each
/// ephemeris job's wait in the queue and its compute. The request span carries the correlation id; the trace id is the
/// one in the request's log lines. Spans hold no request body, no exception message and no SQL parameter.
/// </summary>
public static class TracingSetup
{
    public const string EndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private static readonly string[] Unspanned = ["/healthz", "/readyz", "/livez", "/metrics", "/grpc.health.v1.Health"];

    /// <param name="builder">The server being built.</param>
    /// <param name="exportTo">Another exporter (the tests' in-memory one); tracing runs when either this or the endpoint is given.</param>
    public static void AddTracing(this WebApplicationBuilder builder, Action<TracerProviderBuilder>? exportTo = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var endpoint = ConfigurationReader.Text(builder.Configuration, EndpointSetting);
        if (endpoint is not null && !(Uri.TryCreate(endpoint, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
        {
            throw new ConfigurationException($"{EndpointSetting} must be an http or https URL, such as http://collector:4317");
        }

        if (endpoint is null && exportTo is null)
        {
            return;
        }

        var serviceName = ConfigurationReader.Text(builder.Configuration, "OTEL_SERVICE_NAME") ?? "jyotishika";
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(EphemerisTracing.SourceName, StoreTracing.SourceName)
                    .AddAspNetCoreInstrumentation(requests =>
                    {
                        requests.Filter = context => !Unspanned.Any(path => context.Request.Path.StartsWithSegments(path));
                        requests.RecordException = false;
                    })
                    .AddNpgsql();
                if (endpoint is not null)
                {
                    tracing.AddOtlpExporter();
                }

                exportTo?.Invoke(tracing);
            });
    }
}
