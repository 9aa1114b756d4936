using System.Reflection;
using System.Text.Json;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests.Load;

/// <summary>
/// The built load generator (bench/Jyotishika.LoadGenerator) as its own process under the dotnet host: the build puts
/// its path in this assembly's metadata (Load/LoadGenerator.targets). Its JSON summary is read as a document, since
/// its types cannot be referenced here beside the server's.
/// </summary>
internal static class LoadGeneratorTool
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    private static string Dll =>
        typeof(LoadGeneratorTool).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "LoadGenerator")?.Value is { Length: > 0 } path && File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                "The built load generator is missing: building these tests builds bench/Jyotishika.LoadGenerator first.");

    /// <summary>Runs the tool to completion (status 0, else it throws with its output) and returns its JSON summary.</summary>
    public static async Task<JsonElement> RunAsync(params string[] arguments)
    {
        var json = Path.Combine(Path.GetTempPath(), $"jyotishika-load-{Guid.NewGuid():N}.json");
        try
        {
            await ChildProcess.RunAsync(DotnetHost(), [Dll, .. arguments, "--json", json], AppContext.BaseDirectory, RunTimeout)
                .ConfigureAwait(false);
            using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(json).ConfigureAwait(false));
            return summary.RootElement.Clone();
        }
        finally
        {
            File.Delete(json);
        }
    }

    /// <summary>Runs the tool to completion and returns its exit status and last output, whatever the status.</summary>
    public static async Task<(int ExitCode, string Output)> RunForStatusAsync(params string[] arguments)
    {
        using var child = ChildProcess.Start(DotnetHost(), [Dll, .. arguments], AppContext.BaseDirectory);
        await child.WaitForExitAsync(RunTimeout).ConfigureAwait(false);
        return (child.ExitCode, child.LastOutput);
    }

    /// <summary>The dotnet host running these tests, so the tool runs on the same runtime; else dotnet on PATH.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
