using System.Net;
using Microsoft.Extensions.Options;

namespace Jyotishika.Client;

/// <summary>Names every problem with <see cref="JyotishikaClientOptions"/> at once, by property, before any call is made.</summary>
internal sealed class JyotishikaClientOptionsValidator : IValidateOptions<JyotishikaClientOptions>
{
    /// <summary>gRPC refuses retry policies with more attempts than its channel allows (5 unless raised).</summary>
    internal const int MaxAttemptsLimit = 5;

    public ValidateOptionsResult Validate(string? name, JyotishikaClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateAddress(options, failures);
        ValidateDeadline(nameof(options.DefaultDeadline), options.DefaultDeadline, failures);
        ValidateDeadline(nameof(options.DefaultStreamingDeadline), options.DefaultStreamingDeadline, failures);
        ValidateRetry(options.Retry, failures);
        if (options.MaxReceiveMessageSize is <= 0)
        {
            failures.Add($"MaxReceiveMessageSize must be positive when set (bytes); got {options.MaxReceiveMessageSize}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateAddress(JyotishikaClientOptions options, List<string> failures)
    {
        if (options.Address is not { } address)
        {
            failures.Add("Address is required: the server's gRPC address, e.g. https://jyotishika.example.com or http://localhost:8081.");
            return;
        }

        if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"Address must be an absolute http:// or https:// URI; '{address}' is not.");
            return;
        }

        var hasToken = !string.IsNullOrEmpty(options.ApiToken);
        if (hasToken && address.Scheme == Uri.UriSchemeHttp && !options.AllowApiTokenOverHttp && !IsLoopback(address))
        {
            failures.Add(
                $"ApiToken would be sent in clear text to {address.Host}: use an https:// Address, or set AllowApiTokenOverHttp "
                + "if the network is encrypted or trusted.");
        }

        if (options.ApiToken is { } token && token.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            failures.Add("ApiToken must be the token itself (jyk_…), without spaces or the 'Bearer' prefix.");
        }
    }

    private static bool IsLoopback(Uri address) =>
        address.IsLoopback || (IPAddress.TryParse(address.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));

    private static void ValidateDeadline(string property, TimeSpan? deadline, List<string> failures)
    {
        if (deadline is { } value && value <= TimeSpan.Zero)
        {
            failures.Add($"{property} must be positive, or null for none; it is {value}.");
        }
    }

    private static void ValidateRetry(JyotishikaRetryOptions retry, List<string> failures)
    {
        if (retry.MaxAttempts is < 1 or > MaxAttemptsLimit)
        {
            failures.Add($"Retry.MaxAttempts must be 1 (no retries) to {MaxAttemptsLimit}; it is {retry.MaxAttempts}.");
        }

        if (retry.InitialBackoff <= TimeSpan.Zero)
        {
            failures.Add($"Retry.InitialBackoff must be positive; it is {retry.InitialBackoff}.");
        }

        if (retry.MaxBackoff <= TimeSpan.Zero || retry.MaxBackoff < retry.InitialBackoff)
        {
            failures.Add($"Retry.MaxBackoff must be positive and at least Retry.InitialBackoff; it is {retry.MaxBackoff}.");
        }

        if (!(retry.BackoffMultiplier >= 1) || double.IsInfinity(retry.BackoffMultiplier))
        {
            failures.Add($"Retry.BackoffMultiplier must be a finite number of at least 1; it is {retry.BackoffMultiplier}.");
        }
    }
}
