using Microsoft.Playwright;

namespace Jyotishika.Server.Tests.Browser;

/// <summary>
/// A fresh browser context (its own cookies and storage) with one page, and every error the page reported: console
/// errors, which include Chromium's lines for Content-Security-Policy violations ("… violates the following Content
/// Security Policy directive …"; older versions said "Refused to …") and for failed loads, and uncaught exceptions.
/// </summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly List<string> errors = [];

    private PageSession(IBrowserContext context, IPage page, Viewport viewport)
    {
        Context = context;
        Page = page;
        Viewport = viewport;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Record($"uncaught: {error}");
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public Viewport Viewport { get; }

    /// <summary>What the page reported so far, in order.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (errors)
            {
                return [.. errors];
            }
        }
    }

    public static async Task<PageSession> OpenAsync(Uri baseUrl, Viewport viewport)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(viewport);
        var chromium = await BrowserHost.ChromiumAsync().ConfigureAwait(false);
        var context = await chromium.NewContextAsync(viewport.ContextOptions(baseUrl)).ConfigureAwait(false);
        try
        {
            context.SetDefaultTimeout(BrowserHost.WaitMilliseconds);
            context.SetDefaultNavigationTimeout(BrowserHost.WaitMilliseconds);
            var page = await context.NewPageAsync().ConfigureAwait(false);
            return new PageSession(context, page, viewport);
        }
        catch
        {
            await context.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync().ConfigureAwait(false);

    // Playwright raises page events on its own connection's thread.
    private void Record(string error)
    {
        lock (errors)
        {
            errors.Add(error);
        }
    }
}
