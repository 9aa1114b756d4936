namespace Jyotishika.Client;

/// <summary>
/// Where the Jyotishika server is and how calls to it behave. Set by
/// <c>services.AddJyotishikaClient(o =&gt; { … })</c> and checked when the first client is created: an invalid value throws
/// <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> naming every problem.
/// </summary>
public sealed class JyotishikaClientOptions
{
    /// <summary>
    /// The server's gRPC address, an absolute <c>https://</c> URI, or <c>http://</c> for cleartext HTTP/2 (the server's
    /// <c>GRPC_PORT</c>, e.g. <c>http://localhost:8081</c> in development). Required; no default.
    /// </summary>
    public Uri? Address { get; set; }

    /// <summary>
    /// A personal API token (<c>jyk_…</c>), sent on every call as <c>authorization: Bearer</c>. Default <see langword="null"/>
    /// (or empty): calls are anonymous, which a server accepts for calculations only in development. Over plain <c>http://</c>
    /// a token is sent only to a loopback address unless <see cref="AllowApiTokenOverHttp"/> is set. Read at each call, so a
    /// token changed through <see cref="Microsoft.Extensions.Options.IOptionsMonitor{TOptions}"/> applies at once.
    /// </summary>
    public string? ApiToken { get; set; }

    /// <summary>
    /// Lets <see cref="ApiToken"/> travel over plain <c>http://</c> to a host that is not loopback, for a network that is
    /// already encrypted or trusted (a service mesh). Default <see langword="false"/>: anyone on the path could read the token.
    /// </summary>
    public bool AllowApiTokenOverHttp { get; set; }

    /// <summary>
    /// The deadline given to a unary call whose caller set none (a call's own <c>deadline:</c> always wins; pass
    /// <see cref="DateTime.MaxValue"/> for no deadline). It covers every retry of the call. Default 10 seconds;
    /// <see langword="null"/> leaves such calls without a deadline. Must be positive.
    /// </summary>
    public TimeSpan? DefaultDeadline { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The deadline given to a server-streaming call (<c>DashaService.StreamDasha</c>, <c>PanchangService.StreamPanchang</c> …) whose caller set none. Default
    /// <see langword="null"/>: no deadline, because a stream lasts as long as its reader takes; cancel it with the call's
    /// cancellation token instead. Must be positive when set.
    /// </summary>
    public TimeSpan? DefaultStreamingDeadline { get; set; }

    /// <summary>
    /// The largest response message accepted, in bytes. Default 64 MiB: a <c>ComputeCharts</c> answer for 10,000 charts is
    /// about 15 MB, far above gRPC's usual 4 MiB. <see langword="null"/> accepts any size. Must be positive when set.
    /// </summary>
    public int? MaxReceiveMessageSize { get; set; } = 64 * 1024 * 1024;

    /// <summary>
    /// How calculations (chart, dasha, panchang, place) are retried when the server or the connection is unavailable.
    /// Never applied to account and profile calls, nor to any other status.
    /// </summary>
    public JyotishikaRetryOptions Retry { get; } = new();
}
