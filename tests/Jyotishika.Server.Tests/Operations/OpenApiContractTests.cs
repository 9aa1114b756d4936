using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Jyotishika.Server.Tests.Auth;
using Jyotishika.Server.Tests.Profiles;

namespace Jyotishika.Server.Tests.Operations;

/// <summary>
/// GET /openapi.json is a contract clients are generated from and answers are validated against: every operation it
/// lists is called on a real signed-in server, and each request and answer must fit the schemas it declares.
/// </summary>
public sealed class OpenApiContractTests
{
    /// <summary>The Pune birth's fields, for bodies that add settings of their own.</summary>
    private const string Pune = "\"datetime\":\"1991-03-25T09:46:00\",\"tz\":\"Asia/Kolkata\",\"latitude\":18.5204,\"longitude\":73.8567";

    /// <summary>
    /// Operations the walk cannot call, each with why; the document's schema for them still has to be right.
    /// Empty: every operation is called below.
    /// </summary>
    private static readonly Dictionary<string, string> NotCalled = [];

    [Test]
    public async Task Every_documented_operation_answers_as_the_document_declares()
    {
        await using var site = await ProfileSite.StartAsync();
        var ada = await site.SignUpAsync("ada");
        var bob = await site.SignUpAsync("bob");
        using var stranger = new TestBrowser();
        var contract = await OpenApiContract.FetchAsync(site.Site.Server.Rest, new Uri("/openapi.json", UriKind.Relative));
        var probe = new ContractProbe(contract, site.Site);

        await CalculationsAsync(probe, ada.Browser);
        await AccountAsync(probe, ada.Browser, bob.Browser);
        await ProfilesAsync(probe, ada.Browser);
        await ErrorsAsync(probe, ada.Browser, stranger);
        await probe.SendAsync(ada.Browser, HttpMethod.Post, "/v1/me:delete", $$"""{"confirmEmail":"{{ada.Email}}"}""");

        var uncalled = contract.Operations
            .Where(operation => !probe.Covered.Contains(operation) && !NotCalled.ContainsKey(operation.ToString()))
            .Select(operation => operation.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(probe.Mismatches, Is.Empty,
                () => $"{probe.Mismatches.Count} disagreements with /openapi.json:\n" + string.Join("\n", probe.Mismatches));
            Assert.That(uncalled, Is.Empty, "documented operations this test does not call: add a request for each");
        });
    }

    private static async Task CalculationsAsync(ContractProbe probe, TestBrowser caller)
    {
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/chart", $$"""
            {{{Pune}},"houseSystem":"PLACIDUS","ayanamsha":"LAHIRI","nodeType":"TRUE","includeOuterPlanets":true,
             "vargas":[9,7],"calculationPath":"NATIVE"}
            """);

        // The older system's payload, as DESIGN.md quotes it.
        const string older = """
            {"datetime":"1991-03-25T09:46:00","latitude":18.5204,"longitude":73.8567,"houseSystem":"WHOLE_SIGN",
             "ayanamsha":"LAHIRI","nodeType":"MEAN"}
            """;
        await probe.SendAsync(caller, HttpMethod.Post, "/chart", older);
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/charts:batch", $$"""
            {"requests":[{{{Pune}}},{"datetime":"1991-03-25T09:46:00","latitude":100,"longitude":73.8567}]}
            """);
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/vargas", $$"""{{{Pune}},"vargas":[9,10,150]}""");
        await probe.SendAsync(caller, HttpMethod.Get,
            "/v1/chart:render?birth.datetime=1991-03-25T09:46:00&birth.tz=Asia/Kolkata&birth.latitude=18.5204" +
            "&birth.longitude=73.8567&birth.ayanamsha=RAMAN&style=SOUTH&varga=9&degrees=false&language=DEVANAGARI&theme=DARK");
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/yogas", "{\"birth\":{" + Pune + """
            },"settings":{"gajakesariKendrasFrom":"ASCENDANT_OR_MOON","kemadrumaCancellations":["GRAHA_WITH_MOON"]}}
            """);
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/yogas", """
            {"placements":{"ascendantSign":4,"ascendantDegree":12.5,"grahas":[{"graha":"SUN","sign":0,"degree":10},
             {"graha":"MOON","sign":3},{"graha":"MARS","sign":9,"retrograde":true},{"graha":"MERCURY","sign":11},
             {"graha":"JUPITER","sign":3},{"graha":"VENUS","sign":1},{"graha":"SATURN","sign":6},{"graha":"RAHU","sign":2},
             {"graha":"KETU","sign":8},{"graha":"URANUS","sign":5}]}}
            """);
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/match", "{\"bride\":{\"birth\":{" + Pune + """
            }},"groom":{"moonStar":{"nakshatra":4,"pada":1}},"settings":{"vashyaScoring":"COMMON","sameSignLord":false}}
            """);
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/match", """
            {"bride":{"moonStar":{"nakshatra":10,"pada":3}},"groom":{"moonStar":{"nakshatra":21,"pada":2}},
             "method":"SOUTH_PORUTHAM","settings":{"streeDeerghaMinimumCount":14}}
            """);
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/aspects", "{\"birth\":{" + Pune + """
            },"settings":{"nodeAspects":"SEVENTH"}}
            """);
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/ashtakavarga", "{\"birth\":{" + Pune + """
            },"settings":{"sarvaIncludesAscendant":true}}
            """);
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/shadbala", "{\"birth\":{" + Pune + """
            },"settings":{"saptavargajaPoints":"BPHS","kendradiHouses":"CHART_HOUSES"}}
            """);
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/jaimini", "{\"birth\":{" + Pune + """
            },"varga":9,"settings":{"karakaScheme":"SEVEN_GRAHAS"}}
            """);
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/varshaphal", "{\"birth\":{" + Pune + """
            },"year":20,"month":2,"sixtyHourPart":3,"settings":{"pravesha":"SOLAR_RETURN","kshetraScale":"QUARTERS"}}
            """);
        const string ranking = """
            {"person":{"moonStar":{"nakshatra":1,"pada":1}},"role":"GROOM",
             "candidates":[{"id":"a","person":{"moonStar":{"nakshatra":6,"pada":1}}},{"id":"b","person":{"moonStar":{"nakshatra":2,"pada":1}}}]}
            """;
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/match:rank", ranking);
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/match:rankStream", ranking);
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/doshas", "{\"birth\":{" + Pune + """
            },"at":"2005-03-01T00:00:00Z","settings":{"manglikHouses":"WITHOUT_SECOND","guruChandalaOrbDegrees":8,"sadeSatiYears":60}}
            """);
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/doshas", """
            {"placements":{"ascendantSign":0,"grahas":[{"graha":"SUN","sign":3,"degree":10},{"graha":"MOON","sign":4},
             {"graha":"MARS","sign":5},{"graha":"MERCURY","sign":3},{"graha":"JUPITER","sign":6},{"graha":"VENUS","sign":7},
             {"graha":"SATURN","sign":7},{"graha":"RAHU","sign":2},{"graha":"KETU","sign":8}]},"settings":{"kaalSarpOnAxis":"OUTSIDE"}}
            """);
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/chart:render", $$"""
            {"birth":{{{Pune}}},"style":"EAST","varga":60,"format":"PNG","size":320}
            """);
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/dasha", $$"""
            {{{Pune}},"system":"VIMSHOTTARI","yearLength":"MEAN_SIDEREAL_365_256364","depth":2,
             "fromDate":"2020-01-01","toDate":"2030-01-01","atDate":"2026-01-01T00:00:00Z"}
            """);
        await probe.SendAsync(caller, HttpMethod.Post, "/dasha", older);
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/dasha:stream", $$"""{{{Pune}},"system":"YOGINI","depth":1}""");
        await probe.SendAsync(caller, HttpMethod.Get,
            "/v1/ephemeris/positions?start=2026-01-01T00:00:00Z&end=2026-01-01T02:00:00Z&stepSeconds=3600" +
            "&bodies=MOON&bodies=RAHU&settings.ayanamsha=RAMAN");
        await probe.SendAsync(caller, HttpMethod.Get,
            "/v1/ephemeris/events?start=2026-01-01T00:00:00Z&end=2026-03-01T00:00:00Z&bodies=MERCURY&bodies=SUN");
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/panchang",
            """{"date":"2024-04-09","latitude":18.5204,"longitude":73.8567,"tz":"Asia/Kolkata"}""");
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/panchang:stream",
            """{"date":"2024-04-09","endDate":"2024-04-10","latitude":18.5204,"longitude":73.8567,"tz":"Asia/Kolkata"}""");
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/muhurta",
            """{"date":"2024-04-09","latitude":18.5204,"longitude":73.8567,"tz":"Asia/Kolkata","settings":{"vijaya":"AROUND_MIDDAY"}}""");
        await probe.SendAsync(caller, HttpMethod.Get, "/v1/places?q=Pune&limit=2&country=IN");
        await probe.SendAsync(caller, HttpMethod.Get, "/v1/timezone?latitude=18.5204&longitude=73.8567");

        // Mid-Pacific: a nautical zone, no nearest place.
        await probe.SendAsync(caller, HttpMethod.Get, "/v1/timezone?latitude=-40&longitude=-130");
    }

    private static async Task AccountAsync(ContractProbe probe, TestBrowser ada, TestBrowser bob)
    {
        await probe.SendAsync(ada, HttpMethod.Get, "/v1/me");
        await probe.SendAsync(bob, HttpMethod.Get, "/me");
        var expires = TimeProvider.System.GetUtcNow().AddDays(30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var created = await probe.SendAsync(ada, HttpMethod.Post, "/v1/tokens", $$"""{"name":"contract test","expiresAt":"{{expires}}"}""");
        await probe.SendAsync(ada, HttpMethod.Get, "/v1/tokens");
        await probe.SendAsync(ada, HttpMethod.Delete, $"/v1/tokens/{created!["token"]!["id"]}");
        await probe.SendAsync(bob, HttpMethod.Post, "/v1/auth/logout");
        await probe.SendAsync(bob, HttpMethod.Post, "/auth/logout");
    }

    private static async Task ProfilesAsync(ContractProbe probe, TestBrowser caller)
    {
        var profile = await probe.SendAsync(caller, HttpMethod.Post, "/v1/profiles", Births.Profile("Ada"));
        var id = Text(profile, "id");
        await probe.SendAsync(caller, HttpMethod.Get, "/v1/profiles?pageSize=10");
        await probe.SendAsync(caller, HttpMethod.Get, $"/v1/profiles/{id}");
        var update = $$"""{"etag":"{{Text(profile, "etag")}}","name":"Ada L.","birth":{"ayanamsha":"RAMAN"} }""";
        await probe.SendAsync(caller, HttpMethod.Patch, $"/v1/profiles/{id}?updateMask=name,birth.ayanamsha", update);

        // The same etag again is stale now: ABORTED, 409.
        await probe.SendAsync(caller, HttpMethod.Patch, $"/v1/profiles/{id}?updateMask=name", update, HttpStatusCode.Conflict);
        await probe.SendAsync(caller, HttpMethod.Get, $"/v1/profiles/{id}/chart");
        await probe.SendAsync(caller, HttpMethod.Get, $"/chart/{id}");

        var note = await probe.SendAsync(caller, HttpMethod.Post, $"/v1/profiles/{id}/notes", """{"title":"Rising","body":"Taurus"}""");
        await probe.SendAsync(caller, HttpMethod.Get, $"/v1/profiles/{id}/notes?pageSize=5");
        await probe.SendAsync(caller, HttpMethod.Patch, $"/v1/notes/{Text(note, "id")}?updateMask=title",
            $$"""{"etag":"{{Text(note, "etag")}}","title":"Ascendant"}""");
        await probe.SendAsync(caller, HttpMethod.Delete, $"/v1/notes/{Text(note, "id")}");
        await probe.SendAsync(caller, HttpMethod.Delete, $"/v1/profiles/{id}");

        // After the delete, so the export carries a deleted profile (deleteTime) beside the account's tokens.
        await probe.SendAsync(caller, HttpMethod.Get, "/v1/me/export");
    }

    /// <summary>Error answers: every status shares the document's google.rpc.Status schema, details included.</summary>
    private static async Task ErrorsAsync(ContractProbe probe, TestBrowser caller, TestBrowser stranger)
    {
        await probe.SendAsync(caller, HttpMethod.Post, "/v1/chart", """{"datetime":"1991-03-25T09:46:00","latitude":100}""",
            HttpStatusCode.BadRequest);
        await probe.SendAsync(caller, HttpMethod.Get,
            "/v1/ephemeris/positions?start=2026-01-01T00:00:00Z&end=2026-01-01T02:00:00Z&stepSeconds=0",
            expected: HttpStatusCode.BadRequest);
        await probe.SendAsync(caller, HttpMethod.Get, $"/v1/profiles/{Guid.NewGuid()}", expected: HttpStatusCode.NotFound);
        await probe.SendAsync(stranger, HttpMethod.Get, "/v1/profiles", expected: HttpStatusCode.Unauthorized);
    }

    private static string Text(JsonNode? node, string property) =>
        node?[property]?.GetValue<string>() ?? throw new AssertionException($"the answer {node} has no {property}");
}
