namespace Casavi.Client.Errors;

/// <summary>casavi has no such resource (404).</summary>
public sealed class CasaviNotFoundException : CasaviApiException
{
    public CasaviNotFoundException()
    {
    }

    public CasaviNotFoundException(string message)
        : base(message)
    {
    }

    public CasaviNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public CasaviNotFoundException(string message, int? statusCode, Exception? innerException = null)
        : base(message, statusCode, innerException)
    {
    }
}
