namespace Jyotishika.Server.Storage.Accounts;

/// <summary>A person as the server knows them after sign-in.</summary>
public sealed record AuthenticatedUser(Guid Id, string Email, string Name, string PictureUrl);
