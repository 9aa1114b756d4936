using Microsoft.Playwright;

namespace Jyotishika.Server.Tests.Browser;

/// <summary>The screens the web app is checked on: a small phone held upright, and an ordinary laptop.</summary>
public sealed record Viewport(string Name, int Width, int Height, bool IsMobile, bool HasTouch, float DeviceScaleFactor)
{
    /// <summary>360×780 CSS pixels, touch, at twice the density (a common budget Android phone).</summary>
    public static readonly Viewport Phone = new("phone", 360, 780, IsMobile: true, HasTouch: true, DeviceScaleFactor: 2);

    public static readonly Viewport Desktop = new("desktop", 1280, 900, IsMobile: false, HasTouch: false, DeviceScaleFactor: 1);

    public BrowserNewContextOptions ContextOptions(Uri baseUrl) => new()
    {
        BaseURL = baseUrl.AbsoluteUri,
        ViewportSize = new ViewportSize { Width = Width, Height = Height },
        IsMobile = IsMobile,
        HasTouch = HasTouch,
        DeviceScaleFactor = DeviceScaleFactor,
        // Fixed, so dates, numbers and screenshots do not depend on the machine the tests run on.
        Locale = "en-IN",
        TimezoneId = "Asia/Kolkata",
    };
}
