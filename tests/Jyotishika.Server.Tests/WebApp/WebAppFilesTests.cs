using System.Text.RegularExpressions;
using Jyotishika.Server.Features.WebApp;

namespace Jyotishika.Server.Tests.WebApp;

/// <summary>
/// The files as shipped (the webapp folder the build copies beside the binaries) fit the page's policy, which allows no
/// inline script or style, and hold together: every module, style sheet and icon the page names is there.
/// </summary>
public sealed partial class WebAppFilesTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, WebAppSetup.FolderName);

    /// <summary>The ids and names the browser tests find things by (a contract with them): renaming one breaks those tests.</summary>
    private static readonly string[] Hooks =
    [
        "birth-date", "birth-time", "place-search", "place-suggestions", "latitude", "longitude", "time-zone", "ayanamsha",
        "house-system", "node-type", "positions", "show-chart", "birth-date-error", "latitude-error", "longitude-error",
        "time-zone-error", "status", "resolved-instant", "chart-picture", "varga", "planets-table", "dasha", "panchang",
        "sign-in-google", "sign-in-dev", "signed-in-as", "sign-out", "save-profile", "profile-name", "save-profile-confirm",
        "profiles", "almanac-date", "almanac-show-day", "almanac-show-month", "almanac-next-month", "almanac-day",
        "almanac-month", "varshaphal", "varshaphal-year", "varshaphal-submit", "varshaphal-year-error",
    ];

    private static IEnumerable<string> HtmlFiles() => Directory.EnumerateFiles(Folder, "*.html", SearchOption.AllDirectories);

    [Test]
    public void The_build_ships_the_page()
    {
        Assert.That(File.Exists(Path.Combine(Folder, "index.html")), Is.True, $"no index.html in {Folder}");
    }

    [TestCaseSource(nameof(HtmlFiles))]
    public void An_HTML_file_has_no_inline_script_style_or_event_handler(string path)
    {
        var html = File.ReadAllText(path);

        Assert.Multiple(() =>
        {
            Assert.That(ScriptElement().Matches(html).Where(script => !script.Groups["attributes"].Value.Contains("src=", StringComparison.Ordinal)
                || script.Groups["body"].Value.Trim().Length > 0).Select(script => script.Value), Is.Empty, "inline script");
            Assert.That(html, Does.Not.Contain("<style"), "style element");
            Assert.That(StyleAttribute().Matches(html).Select(match => match.Value), Is.Empty, "style attribute");
            Assert.That(HandlerAttribute().Matches(html).Select(match => match.Value), Is.Empty, "event-handler attribute");
            Assert.That(html, Does.Not.Contain("javascript:"), "javascript: URL");
        });
    }

    [Test]
    public void No_module_writes_markup_styles_or_evaluates_text()
    {
        // Answers (place names, notes) are shown as text only; style attributes would be refused by the policy anyway.
        var offending = Directory.EnumerateFiles(Folder, "*.js")
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (File: Path.GetFileName(path), Line: index + 1, Text: line)))
            .Where(line => UnsafeScript().IsMatch(line.Text))
            .Select(line => $"{line.File}:{line.Line}: {line.Text.Trim()}");

        Assert.That(offending, Is.Empty);
    }

    [Test]
    public void Every_module_style_sheet_and_icon_the_page_names_exists()
    {
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>();
        foreach (var reference in PageReference().Matches(File.ReadAllText(Path.Combine(Folder, "index.html"))).Select(match => match.Groups["path"].Value))
        {
            pending.Enqueue(reference);
        }

        while (pending.TryDequeue(out var reference))
        {
            if (!seen.Add(reference))
            {
                continue;
            }

            var path = Path.Combine(Folder, reference.TrimStart('/'));
            if (!File.Exists(path))
            {
                missing.Add(reference);
                continue;
            }

            if (path.EndsWith(".js", StringComparison.Ordinal))
            {
                foreach (var import in ModuleImport().Matches(File.ReadAllText(path)).Select(match => match.Groups["path"].Value))
                {
                    pending.Enqueue("/" + import.TrimStart('.', '/'));
                }
            }
        }

        Assert.That(missing, Is.Empty);
        Assert.That(seen, Has.Member("/app.js").And.Member("/api.js").And.Member("/chart.js"), "the walk reached the modules");
        var unused = Directory.EnumerateFiles(Folder, "*.js").Select(path => "/" + Path.GetFileName(path)).Where(file => !seen.Contains(file));
        Assert.That(unused, Is.Empty, "a shipped module nothing imports");
    }

    [Test]
    public void The_page_keeps_the_ids_the_browser_tests_use()
    {
        var html = File.ReadAllText(Path.Combine(Folder, "index.html"));
        var ids = IdAttribute().Matches(html).Select(match => match.Groups["id"].Value).ToList();

        Assert.That(Hooks.Where(hook => !ids.Contains(hook)), Is.Empty);
        Assert.That(ids, Is.Unique);
        Assert.That(html, Does.Contain("name=\"chart-style\" value=\"NORTH\"").And.Contain("<caption").And.Contain(">Show chart</button>"));
    }

    [GeneratedRegex(@"<script(?<attributes>[^>]*)>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptElement();

    [GeneratedRegex(@"<[^>]*\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex HandlerAttribute();

    [GeneratedRegex(@"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\.style\.(?:\w+\s*=[^=]|setProperty|cssText)|setAttribute\(\s*'style'|\beval\(|new Function\(")]
    private static partial Regex UnsafeScript();

    [GeneratedRegex(@"(?:src|href)=""(?<path>/[^""?#]*\.(?:js|css|svg))""")]
    private static partial Regex PageReference();

    [GeneratedRegex(@"(?:import|from)\s+'(?<path>\./[^']+\.js)'")]
    private static partial Regex ModuleImport();

    [GeneratedRegex(@"\sid=""(?<id>[^""]+)""")]
    private static partial Regex IdAttribute();
}
