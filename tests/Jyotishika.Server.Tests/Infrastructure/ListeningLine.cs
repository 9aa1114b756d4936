using System.Text.RegularExpressions;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>
/// The line a starting server writes once bound ("Listening: REST on http://127.0.0.1:41234, gRPC on
/// http://127.0.0.1:41235"), found in its standard output whether the console writes JSON (Production) or text.
/// </summary>
internal static partial class ListeningLine
{
    /// <summary>The REST (HTTP/1.1) and gRPC (HTTP/2 cleartext) addresses, or null while the server has not said them.</summary>
    public static (Uri RestAddress, Uri GrpcAddress)? Find(IEnumerable<string> output)
    {
        foreach (var line in output)
        {
            if (Pattern().Match(line) is { Success: true } found)
            {
                return (new Uri(found.Groups["rest"].Value), new Uri(found.Groups["grpc"].Value));
            }
        }

        return null;
    }

    // A JSON string ends at the quote after the address, the text form at the line's end.
    [GeneratedRegex(@"Listening: REST on (?<rest>http://[^\s,""]+), gRPC on (?<grpc>http://[^\s,""]+)")]
    private static partial Regex Pattern();
}
