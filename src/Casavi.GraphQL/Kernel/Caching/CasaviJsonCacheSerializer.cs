using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Casavi.Contract;
using Microsoft.Extensions.Caching.Hybrid;

namespace Casavi.GraphQL.Kernel.Caching;

/// <summary>Cache entries in casavi's own JSON conventions, so an entry read with redis-cli looks like what casavi sent.</summary>
internal sealed class CasaviJsonCacheSerializer : IHybridCacheSerializerFactory
{
    public bool TryCreateSerializer<T>([NotNullWhen(true)] out IHybridCacheSerializer<T>? serializer)
    {
        serializer = new Serializer<T>();
        return true;
    }

    private sealed class Serializer<T> : IHybridCacheSerializer<T>
    {
        public T Deserialize(ReadOnlySequence<byte> source)
        {
            var reader = new Utf8JsonReader(source);
            return JsonSerializer.Deserialize<T>(ref reader, CasaviJson.Options)
                ?? throw new JsonException($"A cache entry of {typeof(T).Name} held null.");
        }

        public void Serialize(T value, IBufferWriter<byte> target)
        {
            using var writer = new Utf8JsonWriter(target);
            JsonSerializer.Serialize(writer, value, CasaviJson.Options);
        }
    }
}
