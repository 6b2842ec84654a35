namespace Casavi.Contract;

public sealed record AuthenticateRequest(string Key, string Secret);

public sealed record TokenResponse(string Token, DateTimeOffset ExpiresAt);
