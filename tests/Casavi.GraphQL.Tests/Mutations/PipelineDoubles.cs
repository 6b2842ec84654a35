using Casavi.Client;
using Casavi.GraphQL.Kernel.Caching;
using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Mutations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Tests.Mutations;

/// <summary>An entity of the pipeline tests.</summary>
internal sealed record Thing(string Id, string Name = "");

/// <summary>A mutation input of the pipeline tests.</summary>
internal sealed record ThingInput(string? Id, string Name, string PropertyId, IReadOnlyList<string> ContactIds);

/// <summary>A loader that knows <paramref name="known"/>, records its batches and may hold a batch open.</summary>
internal sealed class ThingLoader(params string[] known) : BatchLoader<string, Thing>
{
    private readonly Lock gate = new();

    public List<IReadOnlyList<string>> Batches { get; } = [];

    /// <summary>Awaited after a batch is recorded and before it is answered.</summary>
    public Func<Task> BeforeAnswer { get; init; } = () => Task.CompletedTask;

    /// <summary>The pipeline's way to this loader; reading past the cache belongs to recoverable creates, tested on their own.</summary>
    public EntityKind<Thing> Kind(string name) =>
        new(name, thing => thing.Id, _ => this, (_, _, _) => throw new NotSupportedException("The pipeline tests read only through the loader."));

    protected override async Task<IReadOnlyDictionary<string, Thing>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        lock (gate)
            Batches.Add(keys);
        await BeforeAnswer();
        return keys.Where(known.Contains).ToDictionary(key => key, key => new Thing(key));
    }
}

internal static class PipelineDoubles
{
    /// <summary>Only what every pipeline reaches for itself: the cross-request cache, here off.</summary>
    public static IServiceProvider NoServices { get; } = new ServiceCollection()
        .AddSingleton(Options.Create(new CacheOptions { Ttl = TimeSpan.Zero }))
        .AddLogging()
        .AddCasaviAccounts(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BaseUrl"] = "http://casavi.invalid",
            ["Key"] = "unused",
            ["Secret"] = "unused",
        }).Build())
        .AddCasaviCache()
        .BuildServiceProvider();

    public static ThingInput ValidInput(string? id = "T-1") => new(id, "Thing", "P-1", ["C-1", "C-2"]);

    /// <summary>The caller chooses the thing's ID in <c>id</c>; the write addresses the property in <c>propertyId</c>.</summary>
    public static WriteRefusals<ThingInput> Refusals() => new(
        new InputEntityId<ThingInput>("Thing", "id", input => input.Id),
        new InputEntityId<ThingInput>("Property", "propertyId", input => input.PropertyId));
}
