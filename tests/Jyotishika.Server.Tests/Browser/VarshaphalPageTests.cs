using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace Jyotishika.Server.Tests.Browser;

/// <summary>
/// The web app's varshaphal section in chromium: the annual chart's pravesha, muntha, year lord and mudda dasha as
/// /v1/varshaphal gives them for the chart shown, and the API's own refusal of a year beside the field.
/// </summary>
[TestFixture]
public sealed class VarshaphalPageTests : BrowserTest
{
    private const string PuneLink = "/?datetime=1991-03-25T09:46:00&tz=Asia/Kolkata&latitude=18.5204&longitude=73.8567";

    private static readonly string[] Signs = ["Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio",
        "Sagittarius", "Capricorn", "Aquarius", "Pisces"];

    [Test]
    public async Task The_34th_year_shows_the_APIs_pravesha_muntha_year_lord_and_mudda_dasha()
    {
        await Page.GotoAsync(PuneLink);
        await Expect(Page.Locator("#chart-picture svg [data-graha=SUN]")).ToHaveCountAsync(1);
        await Page.Locator("#varshaphal-year").FillAsync("34");
        await Page.Locator("#varshaphal-submit").ClickAsync();

        using var expected = await VarshaphalFromApiAsync(34);
        var answer = expected.RootElement;
        var time = answer.GetProperty("chart").GetProperty("metadata").GetProperty("time");
        await Expect(Page.Locator("#varshaphal dd[data-term=pravesha]")).ToHaveTextAsync(
            $"{time.GetProperty("localDatetime").GetString()!.Replace('T', ' ')} {time.GetProperty("timeZone").GetString()}" +
            (answer.GetProperty("daytime").GetBoolean() ? ", by day" : ", by night"));
        await Expect(Page.Locator("#varshaphal dd[data-term=muntha]")).ToHaveTextAsync(Signs[answer.GetProperty("munthaSign").GetInt32()]);
        var candidates = answer.GetProperty("yearLordCandidates").EnumerateArray().Select(candidate => Title(candidate.GetProperty("planet").GetString()!));
        await Expect(Page.Locator("#varshaphal dd[data-term=year-lord]")).ToHaveTextAsync(
            $"{Title(answer.GetProperty("yearLord").GetString()!)} (candidates: {string.Join(", ", candidates)})");
        await Expect(Page.Locator("#varshaphal-candidates tbody tr")).ToHaveCountAsync(answer.GetProperty("yearLordCandidates").GetArrayLength());

        var mudda = answer.GetProperty("muddaDasha").EnumerateArray().ToArray();
        await Expect(Page.Locator("#varshaphal-mudda tbody tr")).ToHaveCountAsync(mudda.Count(period => period.GetProperty("level").GetInt32() == 1));
        var shown = await Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#varshaphal-mudda tbody tr, #varshaphal-antardashas tbody tr')]
              .map(row => `${row.dataset.level} ${row.dataset.start} ${row.cells[0].textContent}`)
            """);
        Assert.That(shown, Is.EqualTo(mudda.OrderBy(period => period.GetProperty("level").GetInt32()).Select(period =>
        {
            var lord = period.GetProperty("lord").GetProperty("name").GetString();
            var parents = period.GetProperty("parents").EnumerateArray().ToArray();
            var name = parents.Length == 0 ? lord : $"{parents[^1].GetProperty("name").GetString()}–{lord}";
            return $"{period.GetProperty("level").GetInt32()} {period.GetProperty("start").GetString()} {name}";
        })));

        await Accessibility.AssertNoSeriousViolationsAsync(Page, "the varshaphal of year 34");
        await Screenshots.SaveAsync(Page, "varshaphal");
        AssertNoConsoleErrors();
    }

    [TestCase(0)]
    [TestCase(200)]
    public async Task A_year_the_API_refuses_shows_its_field_error_beside_the_year(int year)
    {
        await Page.GotoAsync(PuneLink);
        await Expect(Page.Locator("#chart-picture svg [data-graha=SUN]")).ToHaveCountAsync(1);
        await Page.Locator("#varshaphal-year").FillAsync(year.ToString(CultureInfo.InvariantCulture));
        await Page.Locator("#varshaphal-submit").ClickAsync();

        using var refusal = await Server.Rest.PostAsJsonAsync("/v1/varshaphal", new { birth = PuneBirth, year });
        Assert.That((int)refusal.StatusCode, Is.EqualTo(400));
        using var status = JsonDocument.Parse(await refusal.Content.ReadAsStringAsync());
        var violation = status.RootElement.GetProperty("details").EnumerateArray()
            .Single(detail => detail.GetProperty("@type").GetString()!.EndsWith("BadRequest", StringComparison.Ordinal))
            .GetProperty("fieldViolations")[0];
        Assert.That(violation.GetProperty("field").GetString(), Is.EqualTo("year"));

        await Expect(Page.Locator("#varshaphal-year-error")).ToHaveTextAsync(violation.GetProperty("description").GetString()!);
        await Expect(Page.Locator("#varshaphal-year")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#varshaphal-body")).ToBeEmptyAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(Page, $"the varshaphal refusing year {year}");
        // Chromium reports every 4xx answer in the console itself; any other error would be the page's.
        Assert.That(ConsoleErrors.Where(error => !error.Contains("status of 400 (Bad Request)", StringComparison.Ordinal) ||
            !error.Contains("/v1/varshaphal", StringComparison.Ordinal)), Is.Empty);
    }

    private static object PuneBirth => new { datetime = "1991-03-25T09:46:00", tz = "Asia/Kolkata", latitude = 18.5204, longitude = 73.8567 };

    private async Task<JsonDocument> VarshaphalFromApiAsync(int year)
    {
        using var answer = await Server.Rest.PostAsJsonAsync("/v1/varshaphal", new { birth = PuneBirth, year });
        Assert.That((int)answer.StatusCode, Is.EqualTo(200));
        return JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
    }

    /// <summary>"SATURN" → "Saturn", as the page writes a graha.</summary>
    private static string Title(string name) => name[..1] + name[1..].ToLowerInvariant();
}
