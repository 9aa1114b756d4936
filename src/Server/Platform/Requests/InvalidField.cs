namespace Jyotishika.Server.Platform.Requests;

/// <summary>One thing wrong with a request: the field's path as JSON names it (<c>settings.ayanamsha</c>) and why.</summary>
public sealed record InvalidField(string Field, string Description);
