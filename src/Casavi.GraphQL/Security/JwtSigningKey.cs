using Microsoft.IdentityModel.Tokens;

namespace Casavi.GraphQL.Security;

/// <summary>The shared HMAC key of <c>Auth:Jwt:SigningKey</c>.</summary>
internal static class JwtSigningKey
{
    private const int MinimumBytes = 32;

    public static bool IsValid(string base64)
    {
        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var length) && length >= MinimumBytes;
    }

    public static SymmetricSecurityKey From(string base64) => new(Convert.FromBase64String(base64));
}
