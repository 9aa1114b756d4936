using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Jyotishika.Server.Features.WebApp;

/// <summary>
/// The browser app at <c>/</c>: plain files from the <c>webapp</c> folder beside the binaries (index.html, CSS, ES modules),
/// served as they are. Only files that exist are answered; any other path falls through to the API's routing, so an
/// unknown path is still the API's 404 rather than the page (no single-page-app catch-all).
/// </summary>
public static class WebAppSetup
{
    /// <summary>The folder the build copies src/Server/WebApp to (Jyotishika.Server.csproj).</summary>
    public const string FolderName = "webapp";

    /// <summary>
    /// Before routing and the rate limiters: a page load is a dozen small files, answered from disk (mostly with 304), and
    /// counting them against a client address's budget would let page loads behind one shared address refuse calculations.
    /// After the edge, so they are compressed and carry the common security headers (the policy below replaces its CSP).
    /// </summary>
    public static void UseWebApp(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var folder = Path.Combine(AppContext.BaseDirectory, FolderName);
        if (!Directory.Exists(folder))
        {
            return;
        }

        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = ["index.html"] });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, OnPrepareResponse = PrepareResponse });
    }

    private static void PrepareResponse(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        headers[HeaderNames.ContentSecurityPolicy] = PagePolicy.ContentSecurityPolicy;

        // The module names are stable (no build step to hash them), so every load revalidates: the ETag makes that a 304
        // without a body, and a deploy is seen at once instead of after some max-age with old and new modules mixed.
        headers[HeaderNames.CacheControl] = "no-cache";
    }
}
