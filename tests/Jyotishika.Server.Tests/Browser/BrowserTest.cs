using Jyotishika.Server.Tests.Infrastructure;
using Microsoft.Playwright;
using NUnit.Framework.Interfaces;

namespace Jyotishika.Server.Tests.Browser;

/// <summary>
/// Base of the page tests: one real server per fixture with accounts (a fresh database, the shared Redis, the development
/// sign-in for <see cref="SignInEmail"/>, calculations open), and per test a fresh browser context whose page's relative
/// addresses go to that server. A failed test leaves a screenshot and the page's console errors (<see cref="FailureEvidence"/>).
/// </summary>
public abstract class BrowserTest
{
    /// <summary>Who <see cref="SignInAsync"/> signs in (DEV_LOGIN_EMAIL), approved on first sign-in.</summary>
    public const string SignInEmail = "browser-tester@example.com";

    private RunningServer? server;
    private PageSession? session;

    protected RunningServer Server => server ?? throw new InvalidOperationException("The fixture's server has not started.");

    protected PageSession Session => session ?? throw new InvalidOperationException("No page is open outside a test.");

    protected IPage Page => Session.Page;

    protected IBrowserContext Context => Session.Context;

    /// <summary>The screen each test starts on; <see cref="SwitchToAsync"/> changes it within a test.</summary>
    protected virtual Viewport StartingViewport => Viewport.Desktop;

    /// <summary>Settings a fixture adds to (or overrides in) the server's, KEY=value, applied last.</summary>
    protected virtual IEnumerable<string> ServerSettings => [];

    /// <summary>Console errors and CSP violations the current page reported so far.</summary>
    protected IReadOnlyList<string> ConsoleErrors => Session.Errors;

    [OneTimeSetUp]
    public async Task StartServerAsync()
    {
        var databaseUrl = await SharedServers.NewDatabaseAsync().ConfigureAwait(false);
        var redis = await SharedServers.RedisAsync().ConfigureAwait(false);

        // Development as the README's run command: plain-HTTP cookies, the development sign-in. Every request comes from
        // 127.0.0.1, so the rate limits are far above what a page test sends.
        server = await RunningServer.StartAsync(
        [
            "environment=Development",
            $"DATABASE_URL={databaseUrl}",
            $"REDIS_URL={redis.Url}",
            $"DEV_LOGIN_EMAIL={SignInEmail}",
            "REQUIRE_AUTH_FOR_CALCULATIONS=false",
            "RATE_LIMIT_PER_IP_PER_MINUTE=1000000",
            "RATE_LIMIT_CALCULATIONS_PER_USER_PER_MINUTE=1000000",
            .. ServerSettings,
        ]).ConfigureAwait(false);
    }

    [OneTimeTearDown]
    public async Task StopServerAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
            server = null;
        }
    }

    [SetUp]
    public async Task OpenPageAsync() => await OpenAsync(StartingViewport).ConfigureAwait(false);

    [TearDown]
    public async Task ClosePageAsync() => await CloseAsync(saveEvidence: TestContext.CurrentContext.Result.Outcome.Status == TestStatus.Failed)
        .ConfigureAwait(false);

    /// <summary>Continues on another screen: a new context (so no cookies carry over) with a blank page.</summary>
    protected async Task SwitchToAsync(Viewport viewport)
    {
        await CloseAsync(saveEvidence: false).ConfigureAwait(false);
        await OpenAsync(viewport).ConfigureAwait(false);
    }

    /// <summary>Runs on every new context before its page is used (at set-up and after <see cref="SwitchToAsync"/>): routes, cookies.</summary>
    protected virtual Task PrepareContextAsync(IBrowserContext context) => Task.CompletedTask;

    /// <summary>Signs <see cref="SignInEmail"/> in through the development sign-in, landing on <paramref name="returnTo"/>.</summary>
    protected async Task SignInAsync(string returnTo = "/")
    {
        var response = await Page.GotoAsync("/auth/dev/login?return_to=" + Uri.EscapeDataString(returnTo)).ConfigureAwait(false);
        Assert.That(response?.Ok, Is.True, $"the development sign-in should land on {returnTo}, got {response?.Status} at {Page.Url}");
    }

    protected void AssertNoConsoleErrors() =>
        Assert.That(ConsoleErrors, Is.Empty, $"{Page.Url} reported errors:{Environment.NewLine}{string.Join(Environment.NewLine, ConsoleErrors)}");

    private async Task OpenAsync(Viewport viewport)
    {
        session = await PageSession.OpenAsync(Server.BaseUrl, viewport).ConfigureAwait(false);
        await PrepareContextAsync(session.Context).ConfigureAwait(false);
    }

    private async Task CloseAsync(bool saveEvidence)
    {
        if (session is null)
        {
            return;
        }

        try
        {
            if (saveEvidence)
            {
                await FailureEvidence.SaveAsync(session).ConfigureAwait(false);
            }
        }
        finally
        {
            await session.DisposeAsync().ConfigureAwait(false);
            session = null;
        }
    }
}
