namespace Casavi.GraphQL.Transport;

/// <summary>
/// A response body in memory that refuses to grow past a cap: a write beyond it throws an
/// <see cref="IOException"/> and sets <see cref="Overflowed"/>, so serialization stops there.
/// </summary>
internal sealed class CappedBuffer(int capacity) : MemoryStream
{
    public bool Overflowed { get; private set; }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Reserve(count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Reserve(buffer.Length);
        base.Write(buffer);
    }

    public override void WriteByte(byte value)
    {
        Reserve(1);
        base.WriteByte(value);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Reserve(count);
        return base.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Reserve(buffer.Length);
        return base.WriteAsync(buffer, cancellationToken);
    }

    /// <summary>Grows by doubling like MemoryStream, but never beyond the cap, so the cap bounds the memory too.</summary>
    private void Reserve(int count)
    {
        var needed = Position + count;
        if (needed > capacity)
        {
            Overflowed = true;
            throw new IOException($"The response exceeds {capacity} bytes.");
        }

        if (needed > Capacity)
            Capacity = (int)Math.Min(Math.Max(needed, Capacity * 2L), capacity);
    }
}
