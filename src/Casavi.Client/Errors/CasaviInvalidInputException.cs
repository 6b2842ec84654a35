namespace Casavi.Client.Errors;

/// <summary>casavi refused the request as invalid (400, 409, 413, 422) or it could not be sent as asked.</summary>
public sealed class CasaviInvalidInputException : CasaviApiException
{
    public CasaviInvalidInputException()
    {
    }

    public CasaviInvalidInputException(string message)
        : base(message)
    {
    }

    public CasaviInvalidInputException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public CasaviInvalidInputException(string message, int? statusCode, Exception? innerException = null)
        : base(message, statusCode, innerException)
    {
    }
}
