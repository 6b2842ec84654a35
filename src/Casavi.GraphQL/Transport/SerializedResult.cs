using GraphQL;

namespace Casavi.GraphQL.Transport;

/// <summary>A result as it will be sent: <see cref="Result"/> is the one serialized in <see cref="Body"/> (a replacement when the original was too large).</summary>
internal sealed class SerializedResult(ExecutionResult result, MemoryStream body) : IDisposable
{
    public ExecutionResult Result { get; } = result;

    public MemoryStream Body { get; } = body;

    public void Dispose() => Body.Dispose();
}
