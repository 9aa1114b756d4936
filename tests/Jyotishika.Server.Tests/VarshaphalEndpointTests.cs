using System.Globalization;
using System.Net;
using System.Text.Json;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests;

/// <summary>
/// VarshaphalService through the real server: P. V. R. Narasimha Rao's Example 118 and Exercise 47 (the engine's
/// VarshaphalTests check the rest of the book), the year numbered as the book numbers it, and bad input named by field.
/// </summary>
public sealed class VarshaphalEndpointTests
{
    // Example 118's birth: 1967-03-08 17:40 IST, 26°18′N 73°04′E, with PyJHora's conventions (the book's software read the
    // civil time as UT and used geometric positions).
    private const string Birth =
        "{\"datetime\":\"1967-03-08T17:40:00\",\"tz\":\"Asia/Kolkata\",\"latitude\":26.3,\"longitude\":73.0667,\"preset\":\"JAGANNATHA_HORA\"}";

    private static async Task<JsonElement> PostAsync(string body)
    {
        var (status, text) = await RestErrors.PostAsync("/v1/varshaphal", body);
        Assert.That(status, Is.EqualTo(200), text);
        return JsonDocument.Parse(text).RootElement;
    }

    private static DateTime Instant(JsonElement element) =>
        DateTime.Parse(element.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);

    /// <summary>
    /// The book prints 04:41:21 IST (34th year) and 09:36:18 IST (27th year); we are 9 s and 3 s earlier: the book's
    /// natal Sun is 4″ from ours (its older software's ayanamsha and ΔT), about 96 s of the Sun's motion at most. Held to a
    /// minute, as the issue asks.
    /// </summary>
    [TestCase(34, "2000-03-07T23:11:21Z")]
    [TestCase(27, "1993-03-08T04:06:18Z")]
    public async Task The_varsha_pravesha_of_the_books_years_is_within_a_minute_of_the_book(int year, string book)
    {
        var answer = await PostAsync("{\"birth\":" + Birth + ",\"year\":" + year + "}");

        var pravesha = Instant(answer.GetProperty("pravesha"));
        Assert.Multiple(() =>
        {
            Assert.That(pravesha, Is.EqualTo(DateTime.Parse(book, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal))
                .Within(TimeSpan.FromMinutes(1)));
            Assert.That(answer.GetProperty("year").GetInt32(), Is.EqualTo(year));
            Assert.That(answer.GetProperty("completedYears").GetInt32(), Is.EqualTo(year - 1));
            Assert.That(Instant(answer.GetProperty("chart").GetProperty("metadata").GetProperty("time").GetProperty("utc")),
                Is.EqualTo(pravesha).Within(TimeSpan.FromMilliseconds(1)), "the chart is cast for the pravesha");
            Assert.That(answer.GetProperty("chart").GetProperty("metadata").GetProperty("time").GetProperty("timeZone").GetString(),
                Is.EqualTo("Asia/Kolkata"));
            Assert.That(answer.GetProperty("masaPraveshas").GetArrayLength(), Is.EqualTo(12));
            Assert.That(Instant(answer.GetProperty("masaPraveshas")[0]), Is.EqualTo(pravesha).Within(TimeSpan.FromMilliseconds(1)));
        });
    }

    /// <summary>
    /// The annual chart's Sun stands where the natal Sun stood (the definition of the return), and muntha is the natal lagna
    /// advanced one sign per completed year (§28.1).
    /// </summary>
    [Test]
    public async Task The_annual_sun_is_the_natal_sun_and_muntha_advances_a_sign_a_year()
    {
        var answer = await PostAsync("{\"birth\":" + Birth + ",\"completedYears\":33,\"month\":2,\"sixtyHourPart\":2}");
        var (_, natalText) = await RestErrors.PostAsync("/v1/chart", Birth);
        var natal = JsonDocument.Parse(natalText).RootElement;

        double Sun(JsonElement chart) => chart.GetProperty("planets").EnumerateArray()
            .Single(p => p.GetProperty("planet").GetString() == "SUN").GetProperty("longitude").GetDouble();
        var natalLagna = (int)(natal.GetProperty("ascendant").GetProperty("longitude").GetDouble() / 30);
        Assert.Multiple(() =>
        {
            Assert.That(Sun(answer.GetProperty("chart")), Is.EqualTo(Sun(natal)).Within(1e-6));
            Assert.That(Sun(answer.GetProperty("monthChart")), Is.EqualTo((Sun(natal) + 30) % 360).Within(1e-6));
            Assert.That(Sun(answer.GetProperty("sixtyHourChart")), Is.EqualTo((Sun(natal) + 32.5) % 360).Within(1e-6));
            Assert.That(answer.GetProperty("munthaSign").GetInt32(), Is.EqualTo((natalLagna + 33) % 12));
            Assert.That(answer.GetProperty("panchaVargeeyaBalas").GetArrayLength(), Is.EqualTo(7));
            Assert.That(answer.GetProperty("yearLordCandidates").EnumerateArray().Select(c => c.GetProperty("planet").GetString()),
                Does.Contain(answer.GetProperty("yearLord").GetString()));
            var mudda = answer.GetProperty("muddaDasha").EnumerateArray().Where(p => p.GetProperty("level").GetInt32() == 1).ToList();
            Assert.That(mudda, Has.Count.EqualTo(9));
            // Vimshottari in a year: the birth star's lord runs first with its balance, so the cycle starts before the return.
            var year = Instant(answer.GetProperty("nextSolarReturn")) - Instant(answer.GetProperty("solarReturn"));
            Assert.That(Instant(mudda[^1].GetProperty("end")) - Instant(mudda[0].GetProperty("start")), Is.EqualTo(year)
                .Within(TimeSpan.FromSeconds(1)), "the nine periods add up to the year");
            Assert.That(Instant(mudda[0].GetProperty("start")), Is.LessThanOrEqualTo(Instant(answer.GetProperty("solarReturn"))));
            Assert.That(Instant(mudda[0].GetProperty("end")), Is.GreaterThan(Instant(answer.GetProperty("solarReturn"))));
        });
    }

    [TestCase("{\"year\":3}", "birth")]
    [TestCase("{\"birth\":BIRTH}", "year")]
    [TestCase("{\"birth\":BIRTH,\"year\":2,\"completedYears\":1}", "year")]
    [TestCase("{\"birth\":BIRTH,\"year\":0}", "year")]
    [TestCase("{\"birth\":BIRTH,\"year\":151}", "year")]
    [TestCase("{\"birth\":BIRTH,\"completedYears\":-1}", "completedYears")]
    [TestCase("{\"birth\":BIRTH,\"year\":3,\"month\":13}", "month")]
    [TestCase("{\"birth\":BIRTH,\"year\":3,\"sixtyHourPart\":2}", "sixtyHourPart")]
    [TestCase("{\"birth\":BIRTH,\"year\":3,\"month\":1,\"sixtyHourPart\":0}", "sixtyHourPart")]
    [TestCase("{\"birth\":BIRTH,\"year\":3,\"settings\":{\"pravesha\":3}}", "settings.pravesha")]
    [TestCase("{\"birth\":BIRTH,\"year\":3,\"settings\":{\"kshetraScale\":4}}", "settings.kshetraScale")]
    [TestCase("{\"birth\":{\"datetime\":\"2390-01-01T10:00:00Z\",\"latitude\":10,\"longitude\":10},\"year\":20}", "year")]
    [TestCase("{\"birth\":{\"datetime\":\"1967-03-08T17:40:00\",\"tz\":\"Asia/Kolkata\",\"latitude\":95,\"longitude\":73},\"year\":3}", "birth.latitude")]
    public async Task Bad_input_is_400_naming_the_field(string body, string field)
    {
        var (status, text) = await RestErrors.PostAsync("/v1/varshaphal", body.Replace("BIRTH", Birth, StringComparison.Ordinal));

        Assert.That(status, Is.EqualTo((int)HttpStatusCode.BadRequest), text);
        Assert.That(RestErrors.ViolatedFields(text), Does.Contain(field));
    }
}
