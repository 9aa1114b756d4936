namespace Jyotishika.Server.Features.Accounts;

/// <summary>What an identity provider vouched for.</summary>
public sealed record SignInClaims(string Email, string? Subject, string? Name, string? PictureUrl);
