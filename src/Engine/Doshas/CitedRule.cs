namespace Jyotishika.Engine.Doshas;

/// <summary>
/// A rule that fired, with where it comes from. The source says how sure the attribution is: a work with chapter (and
/// verse) where that is established, otherwise the work or the tradition only, never a guessed reference.
/// </summary>
/// <param name="Name">A stable name for the rule (the enum member's name of the dosha that owns it).</param>
/// <param name="Source">The work, tradition or author the rule is taken from.</param>
public sealed record CitedRule(string Name, string Source);
