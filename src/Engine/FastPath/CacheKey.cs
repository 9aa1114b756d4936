using System.Security.Cryptography;
using System.Text;
using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.FastPath;

/// <summary>
/// What the tables depend on, hashed: the library version, the content of every ephemeris data file the library may
/// read (including leap-second and ΔT overrides), the <c>SE_EPHE_PATH</c> override, and every fit parameter.
/// </summary>
internal static class CacheKey
{
    private static readonly string[] DataFiles = ["seleapsec.txt", "sedeltat.txt"];

    internal static string Compute(string ephemerisPath, IReadOnlyList<SeriesPlan> plans)
    {
        var text = new StringBuilder();
        text.AppendLine($"algorithm {FitParameters.AlgorithmVersion}");
        text.AppendLine($"swisseph {EphemerisPool.LibraryVersion}");
        text.AppendLine($"SE_EPHE_PATH {Environment.GetEnvironmentVariable("SE_EPHE_PATH")}");
        var files = Directory.EnumerateFiles(ephemerisPath)
            .Where(file => file.EndsWith(".se1", StringComparison.OrdinalIgnoreCase) || DataFiles.Contains(Path.GetFileName(file)))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            text.AppendLine($"file {Path.GetFileName(file)} {Convert.ToHexString(SHA256.HashData(stream))}");
        }

        foreach (var plan in plans)
        {
            text.AppendLine(plan.Fingerprint);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
