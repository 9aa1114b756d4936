using System.Reflection;
using System.Runtime.CompilerServices;
using Jyotishika.Server.Tests.Operations;

namespace Jyotishika.Server.Tests.Architecture;

/// <summary>
/// The server's areas depend one way: Features → Platform → Storage → Configuration → Engine, checked on the compiled
/// assembly (<see cref="CompiledReferences"/>) rather than on using directives, which are project-wide for the server's
/// own namespaces (Jyotishika.Server.csproj) and never proved much: a qualified name needs none.
/// </summary>
public sealed class ServerLayeringTests
{
    private const string ServerFolder = "src/Server";

    /// <summary>A feature may build on another only as listed here: dashas and profiles read birth data and compute charts.</summary>
    private static readonly Dictionary<string, string[]> FeatureUses = new(StringComparer.Ordinal)
    {
        ["Dashas"] = ["Charts"],
        ["Profiles"] = ["Charts"],
        ["Yogas"] = ["Charts"],
        ["Matching"] = ["Charts", "Doshas"],
        ["Doshas"] = ["Charts"],
        ["Strength"] = ["Charts"],
        ["Jaimini"] = ["Charts", "Strength"],
        ["Varshaphal"] = ["Charts", "Dashas"],
    };

    /// <summary>What each area may not use; the composition root (JyotishikaServer, Program) may use all.</summary>
    private static readonly Dictionary<string, string[]> Forbidden = new(StringComparer.Ordinal)
    {
        ["Configuration"] = ["Features", "Platform", "Storage"],
        ["Storage"] = ["Features", "Platform"],
        ["Platform"] = ["Features"],
        ["Features"] = [],
    };

    private static readonly string[] StoreLibraries = ["Npgsql", "Dapper", "StackExchange.Redis"];

    private static IEnumerable<TestCaseData> AreaTypes() => typeof(JyotishikaServer).Assembly.GetTypes()
        .Where(type => !type.IsNested && Area(type) is not null && type.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .Select(type => new TestCaseData(type).SetName($"{{m}}({type.FullName})"));

    [TestCaseSource(nameof(AreaTypes))]
    public void UsesOnlyLowerAreas(Type type)
    {
        var (area, feature) = Area(type)!.Value;
        var used = CompiledReferences.Of(type).Select(Area).OfType<(string Area, string? Feature)>().Distinct().ToList();

        Assert.That(used.Where(other => Forbidden[area].Contains(other.Area)).Select(other => other.Area).Distinct(), Is.Empty,
            $"{type.FullName} ({area}) uses a higher area");
        if (area == "Features")
        {
            var allowed = FeatureUses.GetValueOrDefault(feature!, []);
            var others = used.Where(other => other.Area == "Features" && other.Feature != feature && !allowed.Contains(other.Feature))
                .Select(other => other.Feature);
            Assert.That(others, Is.Empty, $"{type.FullName} (feature {feature}) uses other features");
        }
    }

    [TestCaseSource(nameof(AreaTypes))]
    public void OnlyStorageSpeaksToTheStores(Type type)
    {
        if (Area(type)!.Value.Area == "Storage")
        {
            return;
        }

        var stores = CompiledReferences.Of(type).Select(used => used.Assembly.GetName().Name).Where(StoreLibraries.Contains).Distinct();
        Assert.That(stores, Is.Empty, $"{type.FullName} uses Npgsql, Dapper or StackExchange.Redis outside Storage");
    }

    /// <summary>
    /// Inside an area too, folders depend one way: two that use each other are one topic, or need a third. A folder and
    /// the folders inside it are one topic (Storage composes its stores, which share its exceptions and options).
    /// </summary>
    [Test]
    public void No_two_folders_use_each_other()
    {
        var uses = AreaTypes().Select(data => (Type)data.Arguments[0]!)
            .SelectMany(type => CompiledReferences.Of(type).Where(used => Area(used) is not null).Select(used => (From: type.Namespace!, To: used.Namespace!)))
            .Where(edge => edge.From != edge.To && !edge.From.StartsWith(edge.To + ".", StringComparison.Ordinal)
                && !edge.To.StartsWith(edge.From + ".", StringComparison.Ordinal))
            .ToHashSet();
        var both = uses.Where(edge => string.CompareOrdinal(edge.From, edge.To) < 0 && uses.Contains((edge.To, edge.From)))
            .Select(edge => $"{edge.From} <-> {edge.To}").Order(StringComparer.Ordinal);

        Assert.That(both, Is.Empty);
    }

    [Test]
    public void The_reading_sees_uses_inside_lambdas_async_methods_typeof_and_generic_arguments()
    {
        var used = CompiledReferences.Of(typeof(UsesHidden));

        Assert.That(used, Is.SupersetOf(new[] { typeof(UsedInAsyncLambda), typeof(UsedInTypeof), typeof(UsedAsGenericArgument) }));
        Assert.That(CompiledReferences.Of(typeof(UsedInTypeof)), Does.Not.Contain(typeof(UsedInAsyncLambda)));
    }

    [Test]
    public void RedisKeyPrefixesAreWrittenInOnePlace()
    {
        var root = RepositoryFile.PathOf(ServerFolder);
        var writers = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(relative => !relative.StartsWith("obj/", StringComparison.Ordinal) && !relative.StartsWith("bin/", StringComparison.Ordinal))
            .Where(relative => File.ReadAllText(Path.Combine(root, relative)).Contains("\"jyotishika:", StringComparison.Ordinal))
            .ToList();
        Assert.That(writers, Is.EqualTo(new[] { "Storage/Redis/RedisKeys.cs" }));
    }

    /// <summary>Which area a server type is in, by namespace; null for the composition root, contracts and libraries.</summary>
    private static (string Area, string? Feature)? Area(Type type)
    {
        var parts = (type.Namespace ?? string.Empty).Split('.');
        if (parts.Length < 3 || parts[0] != "Jyotishika" || parts[1] != "Server" || !Forbidden.ContainsKey(parts[2]))
        {
            return null;
        }

        return (parts[2], parts[2] == "Features" && parts.Length > 3 ? parts[3] : null);
    }

    private sealed class UsedInAsyncLambda;

    private sealed class UsedInTypeof;

    private sealed class UsedAsGenericArgument;

    private static class UsesHidden
    {
        public static Func<Task<string>> Later() => async () =>
        {
            await Task.Yield();
            return new UsedInAsyncLambda().ToString()!;
        };

        public static Type Named() => typeof(UsedInTypeof);

        public static int Count(IEnumerable<object> items) => items.OfType<UsedAsGenericArgument>().Count();
    }
}
