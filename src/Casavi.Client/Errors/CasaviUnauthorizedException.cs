namespace Casavi.Client.Errors;

/// <summary>casavi rejected the credentials or the token (401, 403).</summary>
public sealed class CasaviUnauthorizedException : CasaviApiException
{
    public CasaviUnauthorizedException()
    {
    }

    public CasaviUnauthorizedException(string message)
        : base(message)
    {
    }

    public CasaviUnauthorizedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public CasaviUnauthorizedException(string message, int? statusCode, Exception? innerException = null)
        : base(message, statusCode, innerException)
    {
    }
}
