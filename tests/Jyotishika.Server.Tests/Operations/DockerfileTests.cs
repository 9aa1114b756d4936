using System.Text.RegularExpressions;
using Jyotishika.Server.Configuration;
using Jyotishika.Server.Platform.Operations;

namespace Jyotishika.Server.Tests.Operations;

/// <summary>
/// No Docker engine runs where the tests run, so the image's invariants are checked in the Dockerfile's text: cheap,
/// and honest about what it proves (the file says the right things; not that the image builds).
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly List<Instruction> Instructions = Parse(RepositoryFile.Read("Dockerfile"));
    private static readonly List<Instruction> Runtime = [.. Instructions.Where(i => i.Stage == Instructions[^1].Stage)];

    [Test]
    public void Builds_with_the_SDK_and_runs_on_the_ASP_NET_runtime_image()
    {
        var stages = Instructions.Where(i => i.Keyword == "FROM").Select(i => i.Arguments).ToList();

        Assert.That(stages, Has.Count.EqualTo(2));
        Assert.That(stages[0], Does.StartWith("mcr.microsoft.com/dotnet/sdk:10.0 "));
        Assert.That(stages[1], Does.StartWith("mcr.microsoft.com/dotnet/aspnet:10.0 "));
        Assert.That(Runtime.Where(i => i.Keyword == "COPY").Select(i => i.Arguments), Has.Some.StartsWith("--from=build /app"));
    }

    [Test]
    public void The_runtime_installs_the_native_Swiss_Ephemeris_and_carries_the_ephemeris_files()
    {
        var installs = Runs("apt-get install");

        Assert.Multiple(() =>
        {
            Assert.That(installs, Does.Match(@"\blibswe2\.0\b"));
            Assert.That(Instructions, Has.Some.EqualTo(new Instruction(0, "COPY", "ephe/ ephe/")), "the build copies ephe/");
            Assert.That(Env("EPHE_PATH"), Is.EqualTo("/app/ephe"));
            foreach (var file in Directory.GetFiles(RepositoryFile.PathOf("ephe"), "*.se1").Select(Path.GetFileName))
            {
                Assert.That(Runs($"test -f /app/ephe/{file}"), Is.Not.Empty, $"the build fails if {file} is not in the image");
            }
        });
        Assert.That(
            RepositoryFile.Read("scripts/run-server.sh"), Does.Contain("libswe2.0"), "the image and the run script use the same library");
    }

    [Test]
    public void Runs_as_an_unprivileged_user_with_the_signal_reaching_the_server()
    {
        var user = Runtime.Last(i => i.Keyword == "USER").Arguments;
        var entrypoint = Runtime.Single(i => i.Keyword == "ENTRYPOINT").Arguments;

        Assert.Multiple(() =>
        {
            Assert.That(user, Is.Not.EqualTo("root").And.Not.EqualTo("0").And.Not.StartWith("0:").And.Not.StartWith("root:"));
            Assert.That(
                Runtime.FindLastIndex(i => i.Keyword == "USER"), Is.GreaterThan(Runtime.FindLastIndex(i => i.Keyword == "RUN")),
                "nothing runs as root after the switch");

            // Exec form: dotnet is PID 1 and gets docker stop's SIGTERM itself, so calls in flight can finish.
            Assert.That(entrypoint, Does.StartWith("[\"dotnet\", \"Jyotishika.Server.dll\""));
        });
    }

    [Test]
    public void Exposes_the_ports_the_server_listens_on_by_default()
    {
        var defaults = new ServerOptions();

        Assert.Multiple(() =>
        {
            Assert.That(Runtime.Single(i => i.Keyword == "EXPOSE").Arguments, Is.EqualTo($"{defaults.HttpPort} {defaults.GrpcPort}"));
            Assert.That(Env("PORT"), Is.EqualTo($"{defaults.HttpPort}"));
            Assert.That(Env("GRPC_PORT"), Is.EqualTo($"{defaults.GrpcPort}"));
        });
    }

    [Test]
    public void Health_is_checked_on_healthz_with_a_client_the_image_installs()
    {
        var check = Runtime.Single(i => i.Keyword == "HEALTHCHECK").Arguments;
        var installs = Runs("apt-get install");

        Assert.That(check, Does.Contain("CMD curl ").And.Contain("/healthz"));
        Assert.That(installs, Does.Match(@"apt-get install[^&]*\bcurl\b"));
    }

    [Test]
    public void Documents_the_environment_with_Production_defaults()
    {
        var text = RepositoryFile.Read("Dockerfile");

        Assert.Multiple(() =>
        {
            Assert.That(Env("ASPNETCORE_ENVIRONMENT"), Is.EqualTo("Production"));
            Assert.That(Env("SHUTDOWN_TIMEOUT_SECONDS"), Is.EqualTo($"{OperationsSetup.DefaultShutdownTimeoutSeconds}"));
            foreach (var setting in new[]
            {
                "DATABASE_URL", "REDIS_URL", "SECRET_KEY", "GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET", "APP_BASE_URL",
                "FRONTEND_BASE_URL", "ALLOWED_ORIGINS", "SOURCE_URL",
            })
            {
                Assert.That(text, Does.Match($@"(?m)^#.*\b{setting}\b"), $"{setting} is explained in a comment");
            }
        });
    }

    [Test]
    public void The_build_context_leaves_out_build_output_backups_and_history()
    {
        var ignored = RepositoryFile.Read(".dockerignore").Split('\n').Select(line => line.Trim()).ToHashSet();

        Assert.That(ignored, Is.SupersetOf(new[] { "**/bin/", "**/obj/", "artifacts/", "backups/", ".git" }));
    }

    /// <summary>The runtime stage's RUN instructions that contain <paramref name="text"/>, joined.</summary>
    private static string Runs(string text) =>
        string.Join(
            ' ',
            Runtime.Where(i => i.Keyword == "RUN" && i.Arguments.Contains(text, StringComparison.Ordinal)).Select(i => i.Arguments));

    private static string? Env(string name) =>
        Runtime.Where(i => i.Keyword == "ENV")
            .SelectMany(i => EnvPair().Matches(i.Arguments))
            .Where(pair => pair.Groups["name"].Value == name)
            .Select(pair => pair.Groups["value"].Value)
            .LastOrDefault();

    /// <summary>Instructions with line continuations joined and comments dropped, each with the index of its stage.</summary>
    private static List<Instruction> Parse(string dockerfile)
    {
        var instructions = new List<Instruction>();
        var stage = -1;
        var pending = string.Empty;
        foreach (var raw in dockerfile.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && pending.Length == 0))
            {
                continue;
            }

            pending += line.EndsWith('\\') ? line[..^1] + " " : line;
            if (line.EndsWith('\\'))
            {
                continue;
            }

            var parts = pending.Split(' ', 2, StringSplitOptions.TrimEntries);
            var keyword = parts[0].ToUpperInvariant();
            stage += keyword == "FROM" ? 1 : 0;
            instructions.Add(new Instruction(stage, keyword, Whitespace().Replace(parts.ElementAtOrDefault(1) ?? string.Empty, " ")));
            pending = string.Empty;
        }

        return instructions;
    }

    internal sealed record Instruction(int Stage, string Keyword, string Arguments);

    [GeneratedRegex(@"(?<name>[A-Z_][A-Z0-9_]*)=(?<value>\S*)")]
    private static partial Regex EnvPair();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
