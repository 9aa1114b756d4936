using System.Globalization;

namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>ComputeCharts batches (mixed good and bad items, empty, seeded, too many) and divisional charts.</summary>
internal static class ChartBatchAndVargaCases
{
    private const int Seed = 20260301;

    public static IEnumerable<GoldenCase> Batches()
    {
        var mixed = $$"""{"requests":[{{Birth.Pune}},{"datetime":"1991-03-25T09:46:00","latitude":95,"longitude":73},{{Birth.NewYork.With(
            "\"houseSystem\":\"PLACIDUS\"")}},{}]}""";
        foreach (var call in Call.Both("batch-mixed", "/v1/charts:batch", Call.ComputeCharts, mixed))
        {
            yield return call;
        }

        foreach (var call in Call.Both("batch-seeded", "/v1/charts:batch", Call.ComputeCharts, Seeded(12)))
        {
            yield return call;
        }

        foreach (var call in Call.Both("batch-empty", "/v1/charts:batch", Call.ComputeCharts, """{"requests":[]}""")
            .Concat(Call.Both("batch-no-field", "/v1/charts:batch", Call.ComputeCharts, "{}")))
        {
            yield return call;
        }

        yield return Call.Post("batch-requests-not-array", "/v1/charts:batch", "{\"requests\":{}}");
        yield return Call.Post("batch-item-wrong-type", "/v1/charts:batch", "{\"requests\":[1]}");
        yield return Call.Post(
            "batch-item-unknown-enum", "/v1/charts:batch", $"{{\"requests\":[{Birth.Pune.With("\"nodeType\":\"NONE\"")}]}}");

        // One more than the 10,000 items a batch may hold (each an empty ChartRequest: field 1, length 0).
        var items = string.Concat(Enumerable.Repeat("0A00", 10_001));
        yield return new GrpcCase("batch-too-many-grpc", Call.ComputeCharts)
        {
            Framed = Convert.FromHexString("00" + (items.Length / 2).ToString("X8", CultureInfo.InvariantCulture) + items),
            Shown = "10,001 empty ChartRequests",
        };
        var empties = "{\"requests\":[" + string.Join(',', Enumerable.Repeat("{}", 10_001)) + "]}";
        yield return Call.Post("batch-too-many-rest", "/v1/charts:batch", empties)
            with { Shown = "{\"requests\":[{}, … 10,001 empty objects]}" };
        yield return Call.Post("batch-caller-none", "/v1/charts:batch", mixed) with { Caller = Golden.Callers.None };
    }

    public static IEnumerable<GoldenCase> Vargas()
    {
        yield return Call.Post("chart-vargas-mixed-rest", "/v1/chart", Birth.Pune.With("\"vargas\":[9,10,60,150]"));
        yield return Call.Grpc("chart-vargas-mixed-grpc", Call.ComputeChart, Birth.Sydney.With("\"vargas\":[2,3,30,81,108,144,300]"));
        yield return Call.Post("chart-vargas-every-named-rest", "/v1/chart",
            Birth.London.With("\"vargas\":[1,2,3,4,5,6,7,8,9,10,11,12,16,20,24,27,30,40,45,60,81,108,144]"));
        foreach (var (slug, vargas) in new[] { ("zero", "[0]"), ("301", "[301]"), ("negative", "[-9]"), ("not-array", "9"),
            ("names", "[\"D9\"]"), ("33-of-them", "[" + string.Join(',', Enumerable.Range(1, 33)) + "]") })
        {
            yield return Call.Post($"chart-vargas-refused-{slug}", "/v1/chart", Birth.Pune.With($"\"vargas\":{vargas}"));
        }

        yield return Call.Post("vargas-default-rest", "/v1/vargas", Birth.Pune);
        yield return Call.Grpc("vargas-default-grpc", Call.ComputeVargas, Birth.NewYork);
        foreach (var call in Call.Both("vargas-chosen", "/v1/vargas", Call.ComputeVargas, Birth.Santiago.With("\"vargas\":[9,12,45,7]"))
            .Concat(Call.Both("vargas-refused", "/v1/vargas", Call.ComputeVargas, Birth.Pune.With("\"vargas\":[301]")))
            .Concat(Call.Both("vargas-no-birth", "/v1/vargas", Call.ComputeVargas, "{\"vargas\":[9]}")))
        {
            yield return call;
        }

        yield return Call.Post("vargas-geometric-true-node", "/v1/vargas",
            Birth.Reykjavik.With("\"vargas\":[9],\"nodeType\":\"TRUE\",\"positions\":\"GEOMETRIC\",\"ayanamsha\":\"RAMAN\""));
        yield return Call.Post("vargas-caller-none", "/v1/vargas", Birth.Pune) with { Caller = Golden.Callers.None };
    }

    /// <summary>A fixed-seed batch of births across the supported range, places and settings.</summary>
    private static string Seeded(int count)
    {
        var random = new Random(Seed);
        string[] houses = ["WHOLE_SIGN", "PLACIDUS", "KOCH", "EQUAL", "PORPHYRY", "CAMPANUS", "SRIPATI"];
        string[] ayanamshas = ["LAHIRI", "RAMAN", "KRISHNAMURTI", "TRUE_CITRA", "FAGAN_BRADLEY"];
        var items = Enumerable.Range(0, count).Select(_ =>
        {
            var instant = new DateTime(1801, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(0, 313_000_000));
            var latitude = Math.Round((random.NextDouble() * 120) - 60, 4);
            var longitude = Math.Round((random.NextDouble() * 360) - 180, 4);
            var house = houses[random.Next(houses.Length)];
            var ayanamsha = ayanamshas[random.Next(ayanamshas.Length)];
            var node = random.Next(2) == 0 ? "MEAN" : "TRUE";
            var outer = random.Next(2) == 0 ? "true" : "false";
            return string.Create(CultureInfo.InvariantCulture,
                $"{{\"datetime\":\"{instant:yyyy-MM-ddTHH:mm:ss}Z\",\"latitude\":{latitude},\"longitude\":{longitude}," +
                $"\"houseSystem\":\"{house}\",\"ayanamsha\":\"{ayanamsha}\",\"nodeType\":\"{node}\",\"includeOuterPlanets\":{outer}}}");
        });
        return "{\"requests\":[" + string.Join(',', items) + "]}";
    }
}
