using System.Text.Json;
using Google.Rpc;

namespace Jyotishika.Server.Tests.Fuzzing;

/// <summary>What every answer to a fuzzed request must be: never a server fault, every refusal naming a field.</summary>
internal static class FuzzVerdict
{
    /// <summary>Text that must never reach a client: exception and type names, stack frames, SQL drivers.</summary>
    private static readonly string[] Leaks = ["Exception", "   at ", "System.", "Microsoft.", "Npgsql", "StackExchange"];

    /// <summary>Null when the REST answer is acceptable; otherwise why not.</summary>
    public static string? Rest(string target, int status, string body)
    {
        // Kestrel refuses a request target holding an encoded NUL before any application code runs, with a bare 400: a
        // malformed request line has no field to name, and no hook exists to answer it differently.
        if (status == 400 && body.Length == 0 && target.Split('?')[0].Contains("%00", StringComparison.Ordinal))
        {
            return null;
        }

        if (status >= 500)
        {
            return $"HTTP {status}";
        }

        if (status < 400)
        {
            // A success may echo what the caller sent (a profile's name), so only refusals are searched for leaks.
            return null;
        }

        if (Leaks.FirstOrDefault(leak => body.Contains(leak, StringComparison.Ordinal)) is { } leaked)
        {
            return $"the body shows '{leaked}'";
        }

        if (status != 400)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            var code = json.RootElement.GetProperty("code").GetInt32();
            if (code == (int)Code.FailedPrecondition)
            {
                return null;
            }

            if (code != (int)Code.InvalidArgument)
            {
                return $"400 with google.rpc code {code}";
            }

            var named = json.RootElement.GetProperty("details").EnumerateArray()
                .Where(detail => detail.GetProperty("@type").GetString() == "type.googleapis.com/google.rpc.BadRequest")
                .SelectMany(detail => detail.GetProperty("fieldViolations").EnumerateArray())
                .Any(violation => violation.GetProperty("field").GetString() is { Length: > 0 });
            return named ? null : "a 400 that names no field (the transcoder's own error?)";
        }
        catch (Exception failure) when (failure is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return "a 400 whose body is not a google.rpc.Status";
        }
    }

    /// <summary>Null when the gRPC status is acceptable; otherwise why not.</summary>
    public static string? Grpc(int status, string message, Google.Rpc.Status? details)
    {
        if (status is (int)Code.Unknown or (int)Code.Internal or (int)Code.DataLoss or (int)Code.Unimplemented)
        {
            return $"grpc-status {status} ({message})";
        }

        if (Leaks.FirstOrDefault(leak => message.Contains(leak, StringComparison.Ordinal)) is { } leaked)
        {
            return $"the message shows '{leaked}'";
        }

        if (status == (int)Code.InvalidArgument
            && details?.Details.Where(d => d.Is(BadRequest.Descriptor)).Select(d => d.Unpack<BadRequest>())
                .SelectMany(b => b.FieldViolations).Any(v => v.Field.Length > 0) != true)
        {
            return "INVALID_ARGUMENT without a field violation";
        }

        return null;
    }
}
