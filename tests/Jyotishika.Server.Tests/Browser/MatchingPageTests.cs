using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace Jyotishika.Server.Tests.Browser;

/// <summary>
/// The web app's matching form in chromium: two Moon stars, or the chart shown with a star, matched by either method; the
/// table and total shown are the API's own answer for the same partners.
/// </summary>
[TestFixture]
public sealed class MatchingPageTests : BrowserTest
{
    private const string PuneLink = "/?datetime=1991-03-25T09:46:00&tz=Asia/Kolkata&latitude=18.5204&longitude=73.8567";

    [Test]
    public async Task Two_stars_matched_on_an_empty_page_show_the_APIs_kootas_and_doshas()
    {
        await Page.GotoAsync("/");
        await Expect(Page.Locator("#match-bride option[value=chart]")).ToBeDisabledAsync();
        await Page.Locator("#match-bride").SelectOptionAsync("3-2");
        await Page.Locator("#match-groom").SelectOptionAsync("4-1");
        await Page.Locator("#match-submit").ClickAsync();

        var expected = await MatchFromApiAsync(new { moonStar = new { nakshatra = 3, pada = 2 } }, "NORTH_ASHTAKOOTA");
        await Expect(Page.Locator("#match-total")).ToHaveTextAsync($"{Points(expected, "totalPoints")} of 36 points");
        Assert.That(await ShownPointsAsync(), Is.EqualTo(KootaPoints(expected)));
        await Expect(Page.Locator("#matching li[data-dosha=NADI]")).ToContainTextAsync("Moon signs share one lord");

        await Accessibility.AssertNoSeriousViolationsAsync(Page, "a match of two stars");
        AssertNoConsoleErrors();
    }

    [Test]
    public async Task The_chart_shown_can_be_a_partner_and_the_South_method_lists_ten_poruthams()
    {
        await Page.GotoAsync(PuneLink);
        await Expect(Page.Locator("#chart-picture svg [data-graha=SUN]")).ToHaveCountAsync(1);
        await Page.Locator("#match-groom").SelectOptionAsync("chart");
        await Page.Locator("#match-bride").SelectOptionAsync("10-3");
        await Page.Locator("#match-method").SelectOptionAsync("SOUTH_PORUTHAM");
        await Page.Locator("#match-submit").ClickAsync();

        await Expect(Page.Locator("#matching tr[data-koota]")).ToHaveCountAsync(10);
        var expected = await MatchFromApiAsync(new { moonStar = new { nakshatra = 10, pada = 3 } }, "SOUTH_PORUTHAM", pune: true);
        await Expect(Page.Locator("#match-total")).ToHaveTextAsync($"{Points(expected, "totalPoints")} of 10 points");
        Assert.That(await ShownPointsAsync(), Is.EqualTo(KootaPoints(expected)));
        var groomManglik = expected.RootElement.GetProperty("manglik").GetProperty("groom").GetProperty("present").GetBoolean();
        await Expect(Page.Locator("#matching li[data-manglik=groom]")).ToContainTextAsync(groomManglik ? "Mars in house" : "not present");
        await Expect(Page.Locator("#matching li[data-manglik=bride]")).ToContainTextAsync("not read");
        await Accessibility.AssertNoSeriousViolationsAsync(Page, "a South match with the chart");
        await Screenshots.SaveAsync(Page, "matching-desktop");
        AssertNoConsoleErrors();
    }

    /// <summary>The API's answer with the given bride; the groom is Rohini 1, or the Pune birth with <paramref name="pune"/>.</summary>
    private async Task<JsonDocument> MatchFromApiAsync(object bride, string method, bool pune = false)
    {
        object groom = pune
            ? new { birth = new { datetime = "1991-03-25T09:46:00", tz = "Asia/Kolkata", latitude = 18.5204, longitude = 73.8567 } }
            : new { moonStar = new { nakshatra = 4, pada = 1 } };
        using var answer = await Server.Rest.PostAsJsonAsync("/v1/match", new { bride, groom, method });
        Assert.That((int)answer.StatusCode, Is.EqualTo(200));
        return JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
    }

    private static string Points(JsonDocument answer, string name) =>
        answer.RootElement.GetProperty(name).GetDouble().ToString(CultureInfo.InvariantCulture);

    private static string[] KootaPoints(JsonDocument answer) =>
        answer.RootElement.GetProperty("kootas").EnumerateArray()
            .Select(koota => $"{koota.GetProperty("name").GetString()} {koota.GetProperty("points").GetDouble().ToString(CultureInfo.InvariantCulture)} / " +
                koota.GetProperty("maxPoints").GetDouble().ToString(CultureInfo.InvariantCulture))
            .ToArray();

    private async Task<string[]> ShownPointsAsync() =>
        await Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#matching tr[data-koota]')]
              .map(row => `${row.dataset.koota} ${row.lastElementChild.textContent}`)
            """);
}
