using Microsoft.Playwright;

namespace Jyotishika.Server.Tests.Browser;

/// <summary>
/// One Playwright driver and one headless Debian chromium for the whole test assembly, started by the first test that
/// asks for it (so a run without browser tests starts neither) and stopped after the last test by <see cref="ServerFixture"/>.
/// Tests never share pages or cookies: each opens its own context (<see cref="PageSession"/>).
/// </summary>
public static class BrowserHost
{
    /// <summary>Debian's chromium: Playwright's own browser download is not reachable from here, and never attempted.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>
    /// The bound on every wait: locators, navigations and expectations. Generous for a loaded two-core CI machine, yet a
    /// stuck page fails in seconds rather than hanging the suite.
    /// </summary>
    public const float WaitMilliseconds = 15_000;

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IPlaywright? playwright;
    private static IBrowser? chromium;

    public static async Task<IBrowser> ChromiumAsync()
    {
        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            return chromium ??= await LaunchAsync().ConfigureAwait(false);
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task StopAsync()
    {
        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (chromium is not null)
            {
                await chromium.DisposeAsync().ConfigureAwait(false);
                chromium = null;
            }

            playwright?.Dispose();
            playwright = null;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<IBrowser> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Browser tests drive Debian's chromium, and {ChromiumPath} is missing: run scripts/test.sh, which installs it, " +
                "or apt-get install chromium.");
        }

        // Expectations (Assertions.Expect) default to 5 s, too tight for a busy machine; locators and navigations get the
        // same bound per context.
        Assertions.SetDefaultExpectTimeout(WaitMilliseconds);

        // The driver (node and Playwright's JavaScript, shipped inside the NuGet package) is copied next to the test
        // assembly under .playwright/ at build time and found there; it downloads nothing, since ExecutablePath names the
        // browser.
        playwright ??= await Playwright.CreateAsync().ConfigureAwait(false);
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Timeout = WaitMilliseconds,

            // Chromium's sandbox cannot start as root (it refuses to run as root with it), and the tests run as root on CI
            // and on the project's machines; Playwright then passes --no-sandbox. The pages are the tests' own and the
            // server's on loopback, never the open web. Anyone else keeps the sandbox.
            ChromiumSandbox = !Environment.IsPrivilegedProcess,
        }).ConfigureAwait(false);
    }
}
