namespace Jyotishika.Server.Tests.Browser;

/// <summary>One axe rule a page breaks: which rule, how badly, where (CSS selectors), and axe's one-line advice.</summary>
public sealed record AccessibilityViolation(string RuleId, string Impact, IReadOnlyList<string> Targets, string Help, string HelpUrl)
{
    public override string ToString() => $"{RuleId} ({Impact}) at {string.Join(", ", Targets)}: {Help} <{HelpUrl}>";
}
