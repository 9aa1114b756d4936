using Jyotishika.Server.Tests.Operations;
using Microsoft.Playwright;

namespace Jyotishika.Server.Tests.Browser;

/// <summary>
/// Pictures of the web app for the README, written into the repository's docs/screenshots/ and committed with it: a page
/// test that saves one shows the current state of the page it checked.
/// </summary>
public static class Screenshots
{
    public static string Folder { get; } = RepositoryFile.PathOf(Path.Combine("docs", "screenshots"));

    /// <summary>Writes docs/screenshots/<paramref name="name"/>.png (the whole page, not only the viewport); returns its path.</summary>
    public static Task<string> SaveAsync(IPage page, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException($"A screenshot's name is a plain file name without extension, not \"{name}\".", nameof(name));
        }

        return SaveToAsync(page, Path.Combine(Folder, name + ".png"));
    }

    /// <summary>As <see cref="SaveAsync"/>, to any file.</summary>
    public static async Task<string> SaveToAsync(IPage page, string file)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await page.ScreenshotAsync(new() { Path = file, FullPage = true, Animations = ScreenshotAnimations.Disabled }).ConfigureAwait(false);
        return file;
    }
}
