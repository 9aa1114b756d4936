using Jyotishika.Server.Tests.Operations;

namespace Jyotishika.Server.Tests.ClientPackage;

/// <summary>The C# example in README.md's "Using Jyotishika from .NET", taken verbatim: the README cannot drift from the package.</summary>
internal static class ReadmeExample
{
    public const string Section = "## Using Jyotishika from .NET";

    public static string Code()
    {
        var readme = RepositoryFile.Read("README.md").ReplaceLineEndings("\n");
        var section = readme.IndexOf(Section + "\n", StringComparison.Ordinal);
        Assert.That(section, Is.GreaterThanOrEqualTo(0), $"README.md has a section '{Section}'");
        var start = readme.IndexOf("```csharp\n", section, StringComparison.Ordinal);
        var nextSection = readme.IndexOf("\n## ", section + Section.Length, StringComparison.Ordinal);
        var sectionEnd = nextSection < 0 ? readme.Length : nextSection;
        Assert.That(start, Is.GreaterThan(section).And.LessThan(sectionEnd), "the section has a csharp block");
        start += "```csharp\n".Length;
        var end = readme.IndexOf("```\n", start, StringComparison.Ordinal);
        return readme[start..end];
    }
}
