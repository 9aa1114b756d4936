using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>Charts under every house system and a spread of ayanamshas, node types, positions and calculation paths.</summary>
internal static class ChartSettingCases
{
    /// <summary>Every house system by its JSON name, twice: over REST and over gRPC, at different births.</summary>
    public static IEnumerable<GoldenCase> HouseSystems()
    {
        var systems = CommonReflection.Descriptor.EnumTypes.Single(type => type.Name == nameof(HouseSystem)).Values
            .Where(value => value.Number != 0)
            .ToList();
        for (var i = 0; i < systems.Count; i++)
        {
            var name = systems[i].Name["HOUSE_SYSTEM_".Length..];
            var slug = "chart-house-" + name.ToLowerInvariant().Replace('_', '-');
            yield return Call.Post(slug + "-rest", "/v1/chart", Birth.All[i % Birth.All.Length].With($"\"houseSystem\":\"{name}\""));
            yield return Call.Grpc(
                slug + "-grpc", Call.ComputeChart, Birth.All[(i + 1) % Birth.All.Length].With($"\"houseSystem\":\"{name}\""));
        }

        // Placidus, Koch and Gauquelin have no cusps beyond the polar circles: refused naming houseSystem.
        foreach (var system in new[] { "PLACIDUS", "KOCH", "GAUQUELIN" })
        {
            var arctic = """{"datetime":"2000-06-21T12:00:00Z","latitude":70.0,"longitude":25.0}""".With($"\"houseSystem\":\"{system}\"");
            yield return Call.Post($"chart-house-{system.ToLowerInvariant()}-arctic-rest", "/v1/chart", arctic);
        }

        yield return Call.Grpc("chart-house-koch-antarctic-grpc", Call.ComputeChart,
            """{"datetime":"2000-06-21T12:00:00Z","latitude":-70.0,"longitude":25.0,"houseSystem":"KOCH"}""");
        yield return Call.Post("chart-house-whole-sign-near-pole-rest", "/v1/chart",
            """{"datetime":"2000-06-21T12:00:00Z","latitude":89.9,"longitude":0,"houseSystem":"WHOLE_SIGN"}""");
        yield return Call.Post("chart-house-prefixed-name-rest", "/v1/chart", Birth.Pune.With("\"houseSystem\":\"HOUSE_SYSTEM_CAMPANUS\""));
        yield return Call.Post("chart-house-number-rest", "/v1/chart", Birth.Pune.With("\"houseSystem\":3"));
    }

    public static IEnumerable<GoldenCase> Ayanamshas()
    {
        string[] rest =
        [
            "LAHIRI", "RAMAN", "KRISHNAMURTI", "FAGAN_BRADLEY", "YUKTESHWAR", "TRUE_CITRA", "TRUE_PUSHYA", "TRUE_REVATI",
            "SURYASIDDHANTA", "LAHIRI_ICRC", "GALACTIC_CENTER_0_SAG", "J2000", "VEDANJANAM", "AYANAMSHA_TRUE_MULA",
        ];
        foreach (var (ayanamsha, i) in rest.Select((name, i) => (name, i)))
        {
            var birth = Birth.All[i % Birth.All.Length];
            yield return Call.Post($"chart-ayanamsha-{ayanamsha.ToLowerInvariant().Replace('_', '-')}-rest", "/v1/chart",
                birth.With($"\"ayanamsha\":\"{ayanamsha}\""));
        }

        foreach (var ayanamsha in new[] { "DE_LUCE", "SASSANIAN", "ARYABHATA_522", "LAHIRI_VP285", "VEDANJANAM", "BABYLONIAN_BRITTON" })
        {
            yield return Call.Grpc($"chart-ayanamsha-{ayanamsha.ToLowerInvariant().Replace('_', '-')}-grpc", Call.ComputeChart,
                Birth.Sydney.With($"\"ayanamsha\":\"AYANAMSHA_{ayanamsha}\""));
        }

        yield return Call.Post("chart-ayanamsha-number-rest", "/v1/chart", Birth.NewYork.With("\"ayanamsha\":28"));
        const string user =
            "\"ayanamsha\":\"USER_DEFINED\",\"userAyanamsha\":{\"referenceJulianDay\":2451545.0,\"degreesAtReference\":23.85}";
        foreach (var call in Call.Both("chart-ayanamsha-user-defined", "/v1/chart", Call.ComputeChart, Birth.London.With(user)))
        {
            yield return call;
        }
    }

    public static IEnumerable<GoldenCase> NodesPositionsAndPaths()
    {
        (string Slug, string Members)[] variations =
        [
            ("true-node", "\"nodeType\":\"TRUE\""),
            ("mean-node", "\"nodeType\":\"MEAN\""),
            ("geometric", "\"positions\":\"GEOMETRIC\""),
            ("apparent", "\"positions\":\"POSITION_TYPE_APPARENT\""),
            ("outer-planets", "\"includeOuterPlanets\":true"),
            ("native-path", "\"calculationPath\":\"NATIVE\""),
            ("fast-path", "\"calculationPath\":\"FAST\""),
            ("everything", "\"houseSystem\":\"PLACIDUS\",\"ayanamsha\":\"TRUE_CITRA\",\"nodeType\":\"TRUE\",\"positions\":\"GEOMETRIC\","
                + "\"includeOuterPlanets\":true,\"calculationPath\":\"NATIVE\""),
        ];
        foreach (var (slug, members) in variations)
        {
            yield return Call.Post($"chart-{slug}-rest", "/v1/chart", Birth.Pune.With(members));
            yield return Call.Grpc($"chart-{slug}-grpc", Call.ComputeChart, Birth.Santiago.With(members));
        }

        // The older system's payload on its old path, as the README shows it.
        yield return Call.Post("chart-old-path", "/chart", Birth.OlderPayload);
        yield return Call.Post("chart-old-path-refused", "/chart", """{"datetime":"1991-13-45T09:46:00","latitude":95,"longitude":73}""");
    }
}
