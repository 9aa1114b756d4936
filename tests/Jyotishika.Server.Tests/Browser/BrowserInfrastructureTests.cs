using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jyotishika.Server.Tests.Browser;

/// <summary>
/// The browser-test pieces checked on pages of their own, served by routes on the test server's origin (the requests
/// never reach it), under the strict Content-Security-Policy the web app is to have; and the real server's pages.
/// </summary>
[TestFixture]
public sealed class BrowserInfrastructureTests : BrowserTest
{
    private const string StrictPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'";

    private const string AccessiblePage = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Self-test</title><script type="module" src="/self-test/app.js"></script>
        </head>
        <body>
          <main>
            <h1>Self-test</h1>
            <p id="status">waiting for the script</p>
            <form><label for="place">Birth place</label> <input id="place" name="place" type="text"> <button type="submit">Save</button></form>
          </main>
        </body>
        </html>
        """;

    private const string ModuleScript = "document.getElementById('status').textContent = 'the module ran';";

    private const string InaccessiblePage = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Broken self-test</title></head>
        <body><main><h1>Broken</h1><img src="/self-test/pixel.png"><input id="nameless" type="text"></main></body>
        </html>
        """;

    private const string InlineScriptPage = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Inline</title></head>
        <body><main><h1 id="heading">untouched</h1><script>document.getElementById('heading').textContent = 'inline ran';</script></main></body>
        </html>
        """;

    // A 1×1 transparent PNG.
    private static readonly byte[] Pixel = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    protected override async Task PrepareContextAsync(IBrowserContext context)
    {
        await ServeAsync(context, "**/self-test/accessible.html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(AccessiblePage));
        await ServeAsync(context, "**/self-test/app.js", "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(ModuleScript));
        await ServeAsync(context, "**/self-test/inaccessible.html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(InaccessiblePage));
        await ServeAsync(context, "**/self-test/inline.html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(InlineScriptPage));
        await ServeAsync(context, "**/self-test/pixel.png", "image/png", Pixel);
    }

    [Test]
    public async Task A_module_script_runs_under_the_strict_policy_and_axe_finds_nothing_serious()
    {
        await Page.GotoAsync("/self-test/accessible.html");

        await Expect(Page.Locator("#status")).ToHaveTextAsync("the module ran");
        await Expect(Page.GetByLabel("Birth place")).ToBeEditableAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(Page, "the self-test page");
        AssertNoConsoleErrors();
    }

    [Test]
    public async Task An_image_without_text_and_an_unlabelled_field_are_reported()
    {
        await Page.GotoAsync("/self-test/inaccessible.html");

        var violations = await Accessibility.SeriousViolationsAsync(Page);

        Assert.That(violations.Select(violation => violation.RuleId), Is.SupersetOf(new[] { "image-alt", "label" }));
        Assert.That(violations.Single(violation => violation.RuleId == "label").Targets, Is.EqualTo(new[] { "#nameless" }));
        var failure = Assert.Throws<AssertionException>(() => Accessibility.AssertNone(violations, "the broken page"));
        Assert.That(failure.Message, Does.Contain("the broken page").And.Contain("image-alt (critical) at img").And.Contain("label (critical) at #nameless"));
    }

    [Test]
    public async Task A_script_the_policy_refuses_is_reported_as_a_console_error()
    {
        await Page.GotoAsync("/self-test/inline.html");

        await Expect(Page.Locator("#heading")).ToHaveTextAsync("untouched");
        Assert.That(ConsoleErrors, Has.Some.Contain("inline script violates the following Content Security Policy directive"));
        Assert.Throws<AssertionException>(AssertNoConsoleErrors);
    }

    [Test]
    public async Task The_real_server_answers_the_browser_at_its_base_address()
    {
        var response = await Page.GotoAsync("/healthz");

        Assert.That(response?.Status, Is.EqualTo(200));
        await Expect(Page.Locator("body")).ToContainTextAsync("\"status\":\"ok\"");
        AssertNoConsoleErrors();
    }

    [Test]
    public async Task The_development_sign_in_leaves_a_session_the_browser_sends_back()
    {
        await SignInAsync(returnTo: "/me");

        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/me"));
        await Expect(Page.Locator("body")).ToContainTextAsync(SignInEmail);
    }

    [Test]
    public async Task The_phone_viewport_is_narrow_dense_and_touch_for_a_page_that_fits_its_width()
    {
        await SwitchToAsync(Viewport.Phone);
        await Page.GotoAsync("/self-test/accessible.html");

        Assert.That(await Page.EvaluateAsync<int>("() => window.innerWidth"), Is.EqualTo(360));
        Assert.That(await Page.EvaluateAsync<double>("() => window.devicePixelRatio"), Is.EqualTo(2));
        Assert.That(await Page.EvaluateAsync<bool>("() => matchMedia('(pointer: coarse)').matches"), Is.True);
    }

    [Test]
    public async Task A_screenshot_shows_the_whole_page_and_goes_to_the_repository_docs()
    {
        await Page.GotoAsync("/self-test/accessible.html");
        // Shorter than the page, so only a whole-page screenshot is as tall as the page.
        await Page.SetViewportSizeAsync(400, 80);
        var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, "browser-self-test", "whole-page.png");

        await Screenshots.SaveToAsync(Page, file);

        var png = await File.ReadAllBytesAsync(file);
        Assert.That(png[1..4], Is.EqualTo("PNG"u8.ToArray()));
        var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        var pageHeight = await Page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        Assert.That(pageHeight, Is.GreaterThan(80));
        Assert.That(height, Is.EqualTo(pageHeight));
        Assert.That(File.Exists(Path.Combine(Screenshots.Folder, "..", "..", "Jyotishika.sln")), Is.True, Screenshots.Folder);
    }

    private static Task ServeAsync(IBrowserContext context, string pattern, string contentType, byte[] body) =>
        context.RouteAsync(pattern, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = contentType,
            BodyBytes = body,
            Headers = new Dictionary<string, string> { ["Content-Security-Policy"] = StrictPolicy },
        }));
}
