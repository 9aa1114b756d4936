using System.Net.Http.Json;
using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace Jyotishika.Server.Tests.Browser;

/// <summary>
/// The web app's ashtakavarga grid and shadbala bars in chromium: every row the API's answer for the chart shown, and
/// accessible.
/// </summary>
[TestFixture]
public sealed class AshtakavargaPageTests : BrowserTest
{
    private const string PuneLink = "/?datetime=1991-03-25T09:46:00&tz=Asia/Kolkata&latitude=18.5204&longitude=73.8567";

    [Test]
    public async Task The_grid_shows_the_APIs_bindus_for_the_chart_shown()
    {
        await Page.GotoAsync(PuneLink);
        await Expect(Page.Locator("#ashtakavarga tr[data-table]")).ToHaveCountAsync(9);

        var shown = await Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#ashtakavarga tr[data-table]')]
              .map(row => `${row.dataset.table} ${[...row.querySelectorAll('td')].map(cell => cell.textContent).join(' ')}`)
            """);
        Assert.That(shown, Is.EqualTo(await RowsFromApiAsync()));

        await Expect(Page.Locator("#shadbala tr[data-graha]")).ToHaveCountAsync(7);
        var bars = await Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#shadbala tr[data-graha]')]
              .map(row => `${row.dataset.graha} ${row.querySelectorAll('td')[0].textContent}`)
            """);
        Assert.That(bars, Is.EqualTo(await RupasFromApiAsync()), "each graha's rupas as the API gives them");
        await Accessibility.AssertNoSeriousViolationsAsync(Page, "the ashtakavarga grid and the shadbala bars");
        await Screenshots.SaveAsync(Page, "strength-desktop");
        AssertNoConsoleErrors();
    }

    /// <summary>Each table's key, its twelve bindus and its total, then the sarva's, as the REST API answers for Pune 1991.</summary>
    private async Task<string[]> RowsFromApiAsync()
    {
        var request = new { birth = new { datetime = "1991-03-25T09:46:00", tz = "Asia/Kolkata", latitude = 18.5204, longitude = 73.8567 } };
        using var answer = await Server.Rest.PostAsJsonAsync("/v1/ashtakavarga", request);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        var root = json.RootElement;
        static string Row(string key, JsonElement points, int total) =>
            $"{key} {string.Join(' ', points.EnumerateArray().Select(point => point.GetInt32()))} {total}";
        return
        [
            .. root.GetProperty("bhinna").EnumerateArray()
                .Select(row => Row(row.GetProperty("graha").GetString()!, row.GetProperty("points"), row.GetProperty("total").GetInt32())),
            Row("SARVA", root.GetProperty("sarva"), root.GetProperty("sarvaTotal").GetInt32()),
        ];
    }

    /// <summary>Each graha's key and rupas (two decimals), as the REST API answers for Pune 1991.</summary>
    private async Task<string[]> RupasFromApiAsync()
    {
        var request = new { birth = new { datetime = "1991-03-25T09:46:00", tz = "Asia/Kolkata", latitude = 18.5204, longitude = 73.8567 } };
        using var answer = await Server.Rest.PostAsJsonAsync("/v1/shadbala", request);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("grahas").EnumerateArray()
            .Select(graha => $"{graha.GetProperty("graha").GetString()} " +
                graha.GetProperty("rupas").GetDouble().ToString("F2", System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
    }
}
