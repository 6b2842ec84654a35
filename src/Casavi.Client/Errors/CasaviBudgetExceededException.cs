namespace Casavi.Client.Errors;

/// <summary>
/// A casavi API request was not sent: the flow's <see cref="Diagnostics.CasaviCallLog.MaxRequests"/> were spent.
/// Not a failure of casavi, so neither retried nor counted by the circuit breaker.
/// </summary>
public sealed class CasaviBudgetExceededException : Exception
{
    public CasaviBudgetExceededException()
    {
    }

    public CasaviBudgetExceededException(string message)
        : base(message)
    {
    }

    public CasaviBudgetExceededException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public CasaviBudgetExceededException(string endpoint, int maxRequests)
        : base($"casavi {endpoint} was not called: the budget of {maxRequests} casavi requests is spent.")
    {
        MaxRequests = maxRequests;
    }

    /// <summary>The budget that was spent.</summary>
    public int MaxRequests { get; }
}
