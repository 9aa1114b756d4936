using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Jyotishika.Server.Tests.Browser;

/// <summary>
/// axe-core's checks on a page as it is now. Only serious and critical violations fail a test: they keep someone from
/// using the page (an unlabelled field, an image with no text, unreadable contrast); minor and moderate ones are advice.
/// </summary>
/// <remarks>
/// Runs under the page's own Content-Security-Policy, no bypass: axe is injected and run through Playwright's evaluate
/// (the DevTools protocol), which script-src does not govern, and axe itself adds no scripts or styles to the page.
/// </remarks>
public static class Accessibility
{
    private static readonly string[] FailingImpacts = ["serious", "critical"];

    public static async Task<IReadOnlyList<AccessibilityViolation>> SeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe().ConfigureAwait(false);
        return
        [
            .. result.Violations
                .Where(rule => FailingImpacts.Contains(rule.Impact))
                .Select(rule => new AccessibilityViolation(
                    rule.Id,
                    rule.Impact,
                    [.. rule.Nodes.Select(node => node.Target.ToString())],
                    rule.Help,
                    rule.HelpUrl)),
        ];
    }

    /// <summary>Fails the test with one readable line per violation; <paramref name="view"/> names the page and state checked.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string view) =>
        AssertNone(await SeriousViolationsAsync(page).ConfigureAwait(false), view);

    /// <summary>As <see cref="AssertNoSeriousViolationsAsync"/>, for violations already found (one axe run takes about a second).</summary>
    public static void AssertNone(IReadOnlyList<AccessibilityViolation> violations, string view)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (violations.Count > 0)
        {
            Assert.Fail($"{view} has {violations.Count} serious or critical accessibility violation(s):{Environment.NewLine}" +
                string.Join(Environment.NewLine, violations.Select(violation => "  " + violation)));
        }
    }
}
