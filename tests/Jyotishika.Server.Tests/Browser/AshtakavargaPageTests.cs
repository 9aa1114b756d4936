using System.Net.Http.Json;
using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace Jyotishika.Server.Tests.Browser;

/// <summary>
/// The web app's ashtakavarga grid, shadbala bars and Jaimini tables in chromium: every row the API's answer for the
/// chart shown, and accessible.
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
        await Expect(Page.Locator("#jaimini table")).ToHaveCountAsync(4);
        var karakas = await Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#jaimini table')[0].querySelectorAll('tbody tr')]
              .map(row => `${row.querySelector('th').textContent} ${row.querySelector('td').textContent}`)
            """);
        var padas = await Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#jaimini table')[1].querySelectorAll('tbody td')].map(cell => cell.textContent)
            """);
        var (apiKarakas, apiPadas) = await JaiminiFromApiAsync();
        Assert.That(karakas, Is.EqualTo(apiKarakas), "each karaka and its graha as the API gives them");
        Assert.That(padas, Is.EqualTo(apiPadas), "A1 … A12's signs as the API gives them");
        await Accessibility.AssertNoSeriousViolationsAsync(Page, "the ashtakavarga grid, the shadbala bars and the Jaimini tables");
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

    /// <summary>The karakas ("Atmakaraka Sun") and the twelve padas' sign names, as the REST API answers for Pune 1991.</summary>
    private async Task<(string[] Karakas, string[] Padas)> JaiminiFromApiAsync()
    {
        string[] signs = ["Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio", "Sagittarius", "Capricorn", "Aquarius", "Pisces"];
        static string Title(string key) => key[..1] + key[1..].ToLowerInvariant();
        var request = new { birth = new { datetime = "1991-03-25T09:46:00", tz = "Asia/Kolkata", latitude = 18.5204, longitude = 73.8567 } };
        using var answer = await Server.Rest.PostAsJsonAsync("/v1/jaimini", request);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        var karakas = json.RootElement.GetProperty("charaKarakas").EnumerateArray()
            .Select(k => $"{Title(k.GetProperty("karaka").GetString()!)} {Title(k.GetProperty("graha").GetString()!)}").ToArray();
        var padas = json.RootElement.GetProperty("arudhaPadas").EnumerateArray().Select(p => signs[p.GetProperty("sign").GetInt32()]).ToArray();
        return (karakas, padas);
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
