using Jyotishika.Server.Tests.Auth;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests.Operations;

/// <summary>
/// scripts/smoke.sh, the post-deployment checks, run for real: every check passes against a Production server with
/// sign-in configured and an API token, and a server that answers a check wrongly makes the script name it and fail.
/// </summary>
[TestFixture]
public sealed class SmokeScriptTests
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(1);

    [Test]
    public async Task Every_check_passes_against_a_production_server()
    {
        await using var site = await SignInSite.StartAsync();
        var token = await site.ApiTokenForAsync("smoke");

        var (exitCode, output) = await RunAsync(site.Server.BaseUrl, token, SignInSite.Frontend);

        Assert.That(exitCode, Is.EqualTo(0), output);
        Assert.That(output.Split('\n').Count(line => line.StartsWith("ok ", StringComparison.Ordinal)), Is.EqualTo(7), output);
        Assert.That(output, Does.Not.Contain(token), "the token is never printed");
    }

    [Test]
    public async Task A_server_open_to_anonymous_calculations_fails_the_401_check_by_name()
    {
        var (exitCode, output) = await RunAsync(ServerFixture.Rest.BaseAddress!, token: null, origin: "https://nowhere.example");

        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("FAIL  unauthenticated").And.Contain("FAIL  cors").And.Contain("skip  authenticated-chart"));
        Assert.That(output, Does.Contain("ok    health").And.Contain("ok    readiness"));
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(Uri baseUrl, string? token, string origin)
    {
        string[] arguments = token is null ? [RepositoryFile.PathOf("scripts/smoke.sh"), baseUrl.AbsoluteUri] : [RepositoryFile.PathOf("scripts/smoke.sh"), baseUrl.AbsoluteUri, token];
        using var script = ChildProcess.Start("bash", arguments, RepositoryFile.Root, new Dictionary<string, string?> { ["ORIGIN"] = origin });
        await script.WaitForExitAsync(ScriptTimeout);
        return (script.ExitCode, string.Join('\n', script.StandardOutput.Concat(script.StandardError)));
    }
}
