namespace Casavi.Client.Errors;

/// <summary>casavi did not answer usefully: 5xx, 408, a timeout, a transport error or an open circuit breaker.</summary>
public sealed class CasaviUnavailableException : CasaviApiException
{
    public CasaviUnavailableException()
    {
    }

    public CasaviUnavailableException(string message)
        : base(message)
    {
    }

    public CasaviUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public CasaviUnavailableException(string message, int? statusCode, Exception? innerException = null)
        : base(message, statusCode, innerException)
    {
    }
}
