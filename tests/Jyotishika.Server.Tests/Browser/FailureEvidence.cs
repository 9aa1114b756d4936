namespace Jyotishika.Server.Tests.Browser;

/// <summary>
/// What a failed page test leaves behind to be looked at: a full-page screenshot and the page's errors, in the test's
/// output folder and attached to its result.
/// </summary>
public static class FailureEvidence
{
    public static async Task SaveAsync(PageSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "browser-failures");
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, FileName(TestContext.CurrentContext.Test.FullName) + "-" + session.Viewport.Name);

        var errorsFile = stem + ".errors.txt";
        var errors = session.Errors;
        await File.WriteAllLinesAsync(
            errorsFile,
            [session.Page.Url, .. errors.Count == 0 ? ["(no console errors)"] : errors]).ConfigureAwait(false);
        TestContext.AddTestAttachment(errorsFile, "the page's address and console errors");

        // The page may be the reason for the failure (crashed, closed): the errors above are saved either way.
        var screenshot = stem + ".png";
        try
        {
            await session.Page.ScreenshotAsync(new() { Path = screenshot, FullPage = true }).ConfigureAwait(false);
            TestContext.AddTestAttachment(screenshot, "the page when the test failed");
        }
        catch (Microsoft.Playwright.PlaywrightException failure)
        {
            await TestContext.Out.WriteLineAsync($"No screenshot of the failed page: {failure.Message}").ConfigureAwait(false);
        }
    }

    private static string FileName(string testName) =>
        string.Concat(testName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
}
