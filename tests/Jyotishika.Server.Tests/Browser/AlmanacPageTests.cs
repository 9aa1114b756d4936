using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Jyotishika.Server.Tests.Browser;

/// <summary>
/// The web app's almanac in chromium at New Delhi: the day's periods as /v1/muhurta and /v1/panchang give them, the
/// period running at the page's (fixed) clock marked, and the month filled from one /v1/panchang:stream.
/// </summary>
[TestFixture]
public sealed class AlmanacPageTests : BrowserTest
{
    private const double Latitude = 28.6139;
    private const double Longitude = 77.209;
    private const string Zone = "Asia/Kolkata";

    private static readonly TimeZoneInfo Kolkata = TimeZoneInfo.FindSystemTimeZoneById(Zone);

    [Test]
    public async Task The_day_shows_the_APIs_horas_and_choghadiyas_and_marks_those_running_now()
    {
        // 12:30 in Delhi on 2024-04-09: the seventh hora (Jupiter) and the fifth choghadiya (Amrit), in the golden answer
        // of muhurta-day-rest.
        await Page.Clock.SetFixedTimeAsync(new DateTime(2024, 4, 9, 7, 0, 0, DateTimeKind.Utc));
        await Page.GotoAsync("/");
        await FillPlaceAsync();
        await Page.Locator("#almanac-show-day").ClickAsync();

        await Expect(Page.Locator("#almanac-horas tbody tr")).ToHaveCountAsync(24);
        await Expect(Page.Locator("#almanac-date")).ToHaveValueAsync("2024-04-09");
        using var muhurta = await AnswerAsync("/v1/muhurta", "2024-04-09");
        Assert.That(await ShownRowsAsync("#almanac-horas", "lord"), Is.EqualTo(ExpectedRows(muhurta, "horas", "lord", "2024-04-09")));
        Assert.That(await ShownRowsAsync("#almanac-choghadiyas", "name"),
            Is.EqualTo(ExpectedRows(muhurta, "choghadiyas", "name", "2024-04-09")));

        await Expect(Page.Locator("#almanac-horas tr[aria-current=time]")).ToHaveAttributeAsync("data-lord", "JUPITER");
        await Expect(Page.Locator("#almanac-choghadiyas tr[aria-current=time]")).ToHaveAttributeAsync("data-name", "AMRIT");
        await Expect(Page.Locator("#almanac-gowri tr[aria-current=time]")).ToHaveAttributeAsync("data-name", "SORAM");
        await Expect(Page.Locator("#almanac-now")).ToContainTextAsync("hora of Jupiter");
        await Expect(Page.Locator("#almanac-now")).ToContainTextAsync("Amrit choghadiya (good)");
        await Expect(Page.Locator("#almanac-day svg .now-marker")).ToHaveAttributeAsync("visibility", "visible");
        Assert.That(await Page.Locator("#almanac-day svg rect.current").CountAsync(), Is.GreaterThanOrEqualTo(3), "hora, choghadiya and gowri bars");

        using var panchang = await AnswerAsync("/v1/panchang", "2024-04-09");
        var rahu = Page.Locator("#almanac-windows tr[data-kind='Rahu kalam']");
        await Expect(rahu).ToHaveAttributeAsync("data-start", panchang.RootElement.GetProperty("rahuKalam").GetProperty("start").GetString()!);
        await Expect(rahu).ToContainTextAsync("✗ Bad");
        foreach (var kind in new[] { "Yamaganda", "Gulika kalam", "Abhijit", "Durmuhurta", "Varjyam", "Amrita kalam", "Brahma muhurta", "Godhuli", "Vijaya", "Nishita" })
        {
            Assert.That(await Page.Locator($"#almanac-windows tr[data-kind='{kind}']").CountAsync(), Is.GreaterThan(0), kind);
        }

        await Accessibility.AssertNoSeriousViolationsAsync(Page, "the almanac's day");
        await Screenshots.SaveAsync(Page, "almanac-day");
        AssertNoConsoleErrors();
    }

    [Test]
    public async Task Before_sunrise_the_day_shown_by_default_is_the_one_that_began_at_yesterdays_sunrise()
    {
        // 05:20 on 10 April in Delhi, before that day's sunrise: the last hora of 9 April (Venus) runs.
        await Page.Clock.SetFixedTimeAsync(new DateTime(2024, 4, 9, 23, 50, 0, DateTimeKind.Utc));
        await Page.GotoAsync("/");
        await FillPlaceAsync();
        await Page.Locator("#almanac-show-day").ClickAsync();

        await Expect(Page.Locator("#almanac-day h3")).ToContainTextAsync("2024-04-09");
        await Expect(Page.Locator("#almanac-date")).ToHaveValueAsync("2024-04-09");
        var running = Page.Locator("#almanac-horas tr[aria-current=time]");
        await Expect(running).ToHaveAttributeAsync("data-lord", "VENUS");
        await Expect(running.Locator("td").First).ToHaveTextAsync("24");
        AssertNoConsoleErrors();
    }

    [Test]
    public async Task The_month_shows_the_streams_tithis_marks_the_kshaya_day_and_opens_a_day()
    {
        await Page.GotoAsync("/");
        await FillPlaceAsync();
        await Page.Locator("#almanac-date").FillAsync("2024-05-09");
        await Page.Locator("#almanac-show-month").ClickAsync();

        await Expect(Page.Locator("#almanac-calendar td[data-date]")).ToHaveCountAsync(31);
        await Expect(Page.Locator("#almanac-calendar caption")).ToHaveTextAsync("May 2024");
        // 1 May 2024 was a Wednesday: three empty cells before it.
        await Expect(Page.Locator("#almanac-calendar tbody tr").First.Locator("td:not([data-date])")).ToHaveCountAsync(3);
        var expected = await StreamAsync("2024-05-01", "2024-05-31");
        var shown = await Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#almanac-calendar td[data-date]')]
              .map(cell => `${cell.dataset.date} ${cell.querySelector('.day-tithi').textContent} / ${cell.querySelector('.day-nakshatra').textContent}`)
            """);
        Assert.That(shown, Is.EqualTo(expected.Select(day =>
            $"{Text(day, "date")} {Text(day, "tithi", "name")}, {Text(day, "paksha")} / {Text(day, "nakshatra", "name")}")));

        // Drik Panchang's New Delhi May 2024: Dwitiya begins and ends between the sunrises of 9 and 10 May.
        var ninth = Page.Locator("#almanac-calendar td[data-date='2024-05-09']");
        await Expect(ninth).ToHaveAttributeAsync("data-kshaya", "Dwitiya");
        await Expect(ninth.Locator("button")).ToHaveAccessibleNameAsync(
            new Regex(@"^9 Pratipada, Shukla Krittika Sunrise \d\d:\d\d Kshaya: Dwitiya$"));
        await Expect(Page.Locator("#almanac-calendar td[data-kshaya]")).ToHaveCountAsync(
            expected.Count(IsKshayaDay));
        await Expect(Page.Locator("#almanac-calendar td[data-date='2024-05-08']")).ToContainTextAsync("Amavasya");
        await Expect(Page.Locator("#almanac-calendar td.purnima")).ToHaveCountAsync(
            expected.Count(day => day.GetProperty("tithi").GetProperty("number").GetInt32() == 15));

        await Accessibility.AssertNoSeriousViolationsAsync(Page, "the almanac's month");
        await Screenshots.SaveAsync(Page, "almanac-month");

        await Page.Locator("#almanac-calendar td[data-date='2024-05-10'] button").ClickAsync();
        await Expect(Page.Locator("#almanac-date")).ToHaveValueAsync("2024-05-10");
        await Expect(Page.Locator("#almanac-day h3")).ToContainTextAsync("2024-05-10");
        await Expect(Page.Locator("#almanac-horas tbody tr")).ToHaveCountAsync(24);

        await Page.Locator("#almanac-next-month").ClickAsync();
        await Expect(Page.Locator("#almanac-calendar caption")).ToHaveTextAsync("June 2024");
        await Expect(Page.Locator("#almanac-calendar td[data-date]")).ToHaveCountAsync(30);
        AssertNoConsoleErrors();
    }

    [Test]
    public async Task On_a_phone_the_day_and_the_month_scroll_inside_their_regions_not_the_page()
    {
        await SwitchToAsync(Viewport.Phone);
        await Page.GotoAsync("/");
        await FillPlaceAsync();
        await Page.Locator("#almanac-date").FillAsync("2024-05-09");
        await Page.Locator("#almanac-show-month").ClickAsync();
        await Expect(Page.Locator("#almanac-calendar td[data-date]")).ToHaveCountAsync(31);
        await Page.Locator("#almanac-show-day").ClickAsync();
        await Expect(Page.Locator("#almanac-horas tbody tr")).ToHaveCountAsync(24);

        var overflow = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.That(overflow, Is.LessThanOrEqualTo(0), "the page itself does not scroll sideways");
        await Accessibility.AssertNoSeriousViolationsAsync(Page, "the almanac on a phone");
        AssertNoConsoleErrors();
    }

    private async Task FillPlaceAsync()
    {
        await Page.Locator("#latitude").FillAsync(Latitude.ToString(CultureInfo.InvariantCulture));
        await Page.Locator("#longitude").FillAsync(Longitude.ToString(CultureInfo.InvariantCulture));
        await Page.Locator("#time-zone").FillAsync(Zone);
    }

    private async Task<JsonDocument> AnswerAsync(string path, string date)
    {
        using var answer = await Server.Rest.PostAsJsonAsync(path, new { date, latitude = Latitude, longitude = Longitude, tz = Zone });
        Assert.That((int)answer.StatusCode, Is.EqualTo(200), path);
        return JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement[]> StreamAsync(string date, string endDate)
    {
        using var answer = await Server.Rest.PostAsJsonAsync("/v1/panchang:stream",
            new { date, endDate, latitude = Latitude, longitude = Longitude, tz = Zone });
        Assert.That((int)answer.StatusCode, Is.EqualTo(200));
        var lines = (await answer.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. lines.Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    /// <summary>A tithi wholly inside the day's span (sunrise to the next sunrise), as the page is to mark it.</summary>
    private static bool IsKshayaDay(JsonElement day)
    {
        var span = day.GetProperty("day").GetProperty("span");
        var from = DateTimeOffset.Parse(span.GetProperty("start").GetString()!, CultureInfo.InvariantCulture);
        var to = DateTimeOffset.Parse(span.GetProperty("end").GetString()!, CultureInfo.InvariantCulture);
        return day.GetProperty("day").GetProperty("tithis").EnumerateArray().Any(tithi =>
            DateTimeOffset.Parse(tithi.GetProperty("start").GetString()!, CultureInfo.InvariantCulture) >= from &&
            DateTimeOffset.Parse(tithi.GetProperty("end").GetString()!, CultureInfo.InvariantCulture) <= to);
    }

    private static string Text(JsonElement element, params string[] path) =>
        path.Aggregate(element, (inner, name) => inner.GetProperty(name)).GetString()!;

    /// <summary>Each period as "KEY start-instant local-start": the API's instant, and the time of day the page shows for it.</summary>
    private static string[] ExpectedRows(JsonDocument answer, string list, string key, string date) =>
        [.. answer.RootElement.GetProperty(list).EnumerateArray().Select(period =>
        {
            var start = period.GetProperty("start").GetString()!;
            return $"{period.GetProperty(key).GetString()} {start} {LocalTime(start, date)}";
        })];

    /// <summary>As the page's momentIn: "06:52", or "05:53 on 10 Apr" past the day's date (seconds dropped, not rounded).</summary>
    private static string LocalTime(string instant, string date)
    {
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture), Kolkata);
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        return local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == date
            ? time
            : $"{time} on {local.ToString("d MMM", CultureInfo.InvariantCulture)}";
    }

    private async Task<string[]> ShownRowsAsync(string table, string key) =>
        await Page.EvaluateAsync<string[]>($$"""
            () => [...document.querySelectorAll('{{table}} tbody tr')]
              .map(row => `${row.dataset.{{key}}} ${row.dataset.start} ${row.querySelectorAll('td')[row.cells.length - 2].textContent}`)
            """);
}
