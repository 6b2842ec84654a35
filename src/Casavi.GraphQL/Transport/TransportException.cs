namespace Casavi.GraphQL.Transport;

/// <summary>Stops handling a request early; the handler answers with <see cref="Error"/>.</summary>
internal sealed class TransportException(TransportError error) : Exception(error.Message)
{
    public TransportError Error { get; } = error;
}
