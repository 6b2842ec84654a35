using GraphQL;

namespace Casavi.GraphQL.Kernel.Errors;

/// <summary>
/// A failure of the gateway itself. The client sees only the code and the trace id the transport adds
/// when it logs <see cref="Cause"/>; the cause is not the inner exception, so nothing of it can reach the response.
/// </summary>
public sealed class UnexpectedError : ExecutionError
{
    public UnexpectedError(Exception cause)
        : base("Unexpected error in the gateway; quote extensions.traceId when reporting it.")
    {
        Cause = cause;
        Code = ErrorCodes.InternalServerError;
        Extensions = new Dictionary<string, object?>();
    }

    public Exception Cause { get; }
}
