using System.Text.RegularExpressions;
using Jyotishika.Server.Tests.Operations;

namespace Jyotishika.Server.Tests.Architecture;

/// <summary>
/// The server's areas depend one way: Features → Platform → Storage → Configuration → Engine, read from the source.
/// C# reaches another namespace only by a using directive or a qualified name (full, or partial from a shared parent),
/// so the text of each file shows what it depends on.
/// </summary>
public sealed partial class ServerLayeringTests
{
    private const string ServerFolder = "src/Server";

    /// <summary>A feature may build on another only as listed here: dashas and profiles read birth data and compute charts.</summary>
    private static readonly Dictionary<string, string[]> FeatureUses = new(StringComparer.Ordinal)
    {
        ["Dashas"] = ["Charts"],
        ["Profiles"] = ["Charts"],
    };

    private static IEnumerable<TestCaseData> Files() => Directory
        .EnumerateFiles(RepositoryFile.PathOf(ServerFolder), "*.cs", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(RepositoryFile.PathOf(ServerFolder), path).Replace('\\', '/'))
        .Where(relative => !relative.StartsWith("obj/", StringComparison.Ordinal) && !relative.StartsWith("bin/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(relative => new TestCaseData(relative).SetName($"{{m}}({relative})"));

    [TestCaseSource(nameof(Files))]
    public void ReferencesOnlyLowerAreas(string relative)
    {
        var text = Code(relative);
        var area = relative.Split('/')[0];
        var forbidden = area switch
        {
            "Configuration" => new[] { "Features", "Platform", "Storage" },
            "Storage" => ["Features", "Platform"],
            "Platform" => ["Features"],
            _ => [],
        };
        foreach (var upper in forbidden)
        {
            Assert.That(ReferencesArea(text, upper), Is.False, $"{relative} ({area}) references {upper}");
        }

        if (area == "Features")
        {
            var feature = relative.Split('/')[1];
            var allowed = FeatureUses.GetValueOrDefault(feature, []);
            var used = FeatureReference().Matches(text).Select(match => match.Groups[1].Value)
                .Where(other => other != feature && !allowed.Contains(other)).Distinct().ToList();
            Assert.That(used, Is.Empty, $"{relative} (feature {feature}) uses other features");
        }
    }

    [TestCaseSource(nameof(Files))]
    public void OnlyStorageSpeaksToTheStores(string relative)
    {
        if (relative.StartsWith("Storage/", StringComparison.Ordinal))
        {
            return;
        }

        var text = Code(relative);
        Assert.That(StoreLibrary().IsMatch(text), Is.False, $"{relative} uses Npgsql, Dapper or StackExchange.Redis outside Storage");
        Assert.That(text, Does.Not.Contain("\"jyotishika:"), $"{relative} writes a Redis key outside Storage");
    }

    [Test]
    public void RedisKeyPrefixesAreWrittenInOnePlace()
    {
        var writers = Files().Select(data => (string)data.Arguments[0]!)
            .Where(relative => Code(relative).Contains("\"jyotishika:", StringComparison.Ordinal)).ToList();
        Assert.That(writers, Is.EqualTo(new[] { "Storage/Redis/RedisKeys.cs" }));
    }

    private static bool ReferencesArea(string text, string area) =>
        text.Contains($"Jyotishika.Server.{area}", StringComparison.Ordinal)
        || Regex.IsMatch(text, $@"(?<![\w.]){area}\.[A-Z]");

    /// <summary>The file without comments, which may mention anything.</summary>
    private static string Code(string relative) =>
        LineComment().Replace(File.ReadAllText(RepositoryFile.PathOf($"{ServerFolder}/{relative}")), string.Empty);

    [GeneratedRegex(@"//.*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"Features\.(\w+)")]
    private static partial Regex FeatureReference();

    [GeneratedRegex(@"\busing (Npgsql|Dapper|StackExchange\.Redis)\b|\b(Npgsql|StackExchange\.Redis)\.[A-Z]")]
    private static partial Regex StoreLibrary();
}
