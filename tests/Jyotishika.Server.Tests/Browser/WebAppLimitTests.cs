using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jyotishika.Server.Tests.Browser;

/// <summary>
/// The page when the real server refuses for a rate limit: a server whose per-address budget is small, used up by the
/// page's own calls, answers the chart with 429 and Retry-After, and the page says when to try again.
/// </summary>
[TestFixture]
public sealed class WebAppLimitTests : BrowserTest
{
    private const int PerMinute = 20;

    protected override IEnumerable<string> ServerSettings => [$"RATE_LIMIT_PER_IP_PER_MINUTE={PerMinute}"];

    [Test]
    public async Task A_rate_limited_calculation_says_when_to_try_again()
    {
        await Page.GotoAsync("/");
        await Page.Locator("#birth-date").FillAsync("1991-03-25");
        await Page.Locator("#birth-time").FillAsync("09:46:00");
        await Page.Locator("#latitude").FillAsync("18.5204");
        await Page.Locator("#longitude").FillAsync("73.8567");
        await Page.Locator("#time-zone").FillAsync("Asia/Kolkata");

        // The limit counts in fixed one-minute windows: a window that turns over between using the budget and submitting
        // lets the chart through, so that (rare) case is tried once more; the next minute's budget starts empty.
        var status = Page.Locator("#status");
        for (var attempt = 1; ; attempt++)
        {
            await Page.EvaluateAsync($$"""
                async () => { for (let i = 0; i < {{PerMinute}}; i++) await fetch('/v1/timezone?latitude=18.5&longitude=73.8'); }
                """);
            await Page.Locator("#show-chart").ClickAsync();
            await Expect(status).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Too many requests|Chart shown"));
            if ((await status.TextContentAsync())!.Contains("Too many requests", StringComparison.Ordinal) || attempt == 2)
            {
                break;
            }
        }

        await Expect(status).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Too many requests for now\. Please try again in \d+ (second|minute)"));
        await Expect(Page.Locator("body")).Not.ToContainTextAsync("RESOURCE_EXHAUSTED");
    }
}
