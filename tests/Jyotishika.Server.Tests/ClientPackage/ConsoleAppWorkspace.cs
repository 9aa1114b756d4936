using System.Text.RegularExpressions;
using System.Xml.Linq;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.Server.Tests.Operations;

namespace Jyotishika.Server.Tests.ClientPackage;

/// <summary>
/// A folder under the system's temp directory, outside the repository (so nothing of its Directory.*.props reaches the
/// app), holding a folder feed with the client package packed from this repository and a fresh console app that installs
/// it from there, as a user outside the repository would. Removed on dispose, with the package's copy in NuGet's cache.
/// </summary>
internal sealed partial class ConsoleAppWorkspace : IDisposable
{
    public const string AppName = "HelloJyotishika";

    private static readonly TimeSpan DotnetTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    private readonly string root = Path.Combine(Path.GetTempPath(), "jyotishika-client-package-" + Guid.NewGuid().ToString("N")[..12]);

    public ConsoleAppWorkspace() => Directory.CreateDirectory(AppFolder);

    /// <summary>
    /// A version no earlier run used, so NuGet's global cache (shared with the machine's other builds) never serves a copy
    /// packed from older sources.
    /// </summary>
    public string Version { get; } = "0.0.0-packagetest.g" + Guid.NewGuid().ToString("N");

    private string Feed => Path.Combine(root, "feed");

    private string AppFolder => Path.Combine(root, "app");

    /// <summary>dotnet pack src/Client into the folder feed (build output under the workspace, not the repository's obj/).</summary>
    public Task PackClientAsync() => DotnetAsync(
        RepositoryFile.Root,
        [
            "pack", RepositoryFile.PathOf("src/Client/Jyotishika.Client.csproj"), "-c", "Release", "-o", Feed,
            "--artifacts-path", Path.Combine(root, "artifacts"), $"-p:Version={Version}", "--disable-build-servers", "--nologo",
        ]);

    /// <summary>Writes the console app around <paramref name="program"/> and builds it, which restores the package from the feed.</summary>
    public async Task CreateAppAsync(string program)
    {
        var sources = await MachineSourcesAsync().ConfigureAwait(false);

        // Empty files stop MSBuild's upward search, in case some folder above the temp directory has its own.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            await File.WriteAllTextAsync(Path.Combine(root, file), "<Project />\n").ConfigureAwait(false);
        }

        await File.WriteAllTextAsync(Path.Combine(AppFolder, AppName + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net{Environment.Version.Major}.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Jyotishika.Client" Version="{Version}" />
              </ItemGroup>
            </Project>
            """).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(AppFolder, "nuget.config"), NuGetConfig(sources)).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(AppFolder, "Program.cs"), program).ConfigureAwait(false);
        await DotnetAsync(AppFolder, ["build", "-c", "Release", "--disable-build-servers", "--nologo"]).ConfigureAwait(false);
    }

    /// <summary>Runs the built app with <paramref name="environment"/>; returns what it printed, after checking it exited with 0.</summary>
    public async Task<string> RunAppAsync(IReadOnlyDictionary<string, string?> environment)
    {
        var dll = Path.Combine(AppFolder, "bin", "Release", $"net{Environment.Version.Major}.0", AppName + ".dll");
        using var app = ChildProcess.Start(DotnetHost(), [dll], AppFolder, environment);
        await app.WaitForExitAsync(RunTimeout).ConfigureAwait(false);
        Assert.That(app.ExitCode, Is.Zero, app.LastOutput);
        return app.LastOutput;
    }

    public void Dispose()
    {
        Directory.Delete(root, recursive: true);
        if (GlobalPackagesFolder() is { } cache)
        {
            var copy = Path.Combine(cache, "jyotishika.client", Version.ToLowerInvariant());
            if (Directory.Exists(copy))
            {
                Directory.Delete(copy, recursive: true);
            }
        }
    }

    /// <summary>
    /// The package sources this machine restores from (user and machine NuGet.Config), by name, so credentials kept under
    /// a source's name still apply; the app's nuget.config lists exactly these and the feed.
    /// </summary>
    private async Task<IReadOnlyList<(string Name, string Url)>> MachineSourcesAsync()
    {
        var listing = await DotnetOutputAsync(root, ["nuget", "list", "source", "--format", "detailed"]).ConfigureAwait(false);
        var sources = SourceEntry().Matches(listing).Select(m => (m.Groups["name"].Value, m.Groups["url"].Value)).ToList();
        Assert.That(sources, Is.Not.Empty, "the machine has an enabled package source:\n" + listing);
        return sources;
    }

    private string NuGetConfig(IReadOnlyList<(string Name, string Url)> sources)
    {
        var packageSources = new XElement("packageSources", new XElement("clear"), Source("jyotishika-local-feed", Feed));
        foreach (var (name, url) in sources)
        {
            packageSources.Add(Source(name, url));
        }

        return new XDocument(new XElement("configuration", packageSources)).ToString() + "\n";

        static XElement Source(string key, string value) => new("add", new XAttribute("key", key), new XAttribute("value", value));
    }

    private static string? GlobalPackagesFolder()
    {
        var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length == 0 ? null : Path.Combine(home, ".nuget", "packages");
    }

    private static async Task DotnetAsync(string workingDirectory, IReadOnlyList<string> arguments) =>
        await DotnetOutputAsync(workingDirectory, arguments).ConfigureAwait(false);

    private static async Task<string> DotnetOutputAsync(string workingDirectory, IReadOnlyList<string> arguments)
    {
        using var dotnet = ChildProcess.Start(DotnetHost(), arguments, workingDirectory, CleanEnvironment());
        await dotnet.WaitForExitAsync(DotnetTimeout).ConfigureAwait(false);
        Assert.That(dotnet.ExitCode, Is.Zero, $"dotnet {string.Join(' ', arguments)}:\n{dotnet.LastOutput}");
        return dotnet.LastOutput;
    }

    /// <summary>
    /// The test host runs inside an MSBuild-launched process whose variables (MSBuildExtensionsPath, MSBUILD_EXE_PATH …)
    /// would point a nested build at the outer one's SDK internals: they are removed, as on a user's shell.
    /// </summary>
    private static Dictionary<string, string?> CleanEnvironment()
    {
        var environment = new Dictionary<string, string?>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        };
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                environment[name] = null;
            }
        }

        return environment;
    }

    /// <summary>The dotnet host running these tests, so the nested commands use the same installation; else dotnet on PATH.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    [GeneratedRegex(@"^\s*\d+\.\s+(?<name>.+?)\s+\[Enabled\]\s*\n\s*(?<url>\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex SourceEntry();
}
