using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Casavi.GraphQL.Transport;

/// <summary>
/// A request body read whole into a pooled buffer, at most a limit: a refused 100 KB body leaves no
/// garbage, where a growing MemoryStream would leave a copy on the large object heap per request.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private const int UnknownLengthGuess = 16 * 1024;

    private byte[] buffer;

    private PooledBody(int capacity) => buffer = ArrayPool<byte>.Shared.Rent(capacity);

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => buffer.AsSpan(0, Length);

    /// <summary>A read-only view of the bytes, valid until disposal.</summary>
    public Stream OpenRead() => new MemoryStream(buffer, 0, Length, writable: false);

    /// <summary>Reads at most <paramref name="limit"/> bytes, so an oversized body is refused without buffering it.</summary>
    public static async Task<PooledBody> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
            throw new TransportException(TransportError.BodyTooLarge(limit));

        // One byte more than the limit, so that a body over it shows by filling the buffer.
        var maxCapacity = (int)Math.Min(limit + 1, Array.MaxLength);
        var body = new PooledBody((int)Math.Min((request.ContentLength ?? UnknownLengthGuess) + 1, maxCapacity));
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(body.buffer.AsMemory(body.Length), cancellationToken)) > 0)
            {
                body.Length += read;
                if (body.Length > limit)
                    throw new TransportException(TransportError.BodyTooLarge(limit));
                if (body.Length == body.buffer.Length)
                    body.Grow(maxCapacity);
            }

            return body;
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
        Length = 0;
    }

    private void Grow(int maxCapacity)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, maxCapacity));
        Span.CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }
}
