using System.Diagnostics;

namespace Casavi.GraphQL.Kernel.Diagnostics;

/// <summary>
/// The gateway's spans: one per GraphQL operation and, beneath it, one per DataLoader batch and per
/// walk of a casavi list. Names carry loader and list names only, never keys.
/// </summary>
internal static class GatewayTracing
{
    public const string Name = "Casavi.GraphQL";

    public static readonly ActivitySource Source = new(Name);

    public static Activity? StartOperation() => Source.StartActivity("graphql.operation");

    public static Activity? StartBatch(string loader, int keys)
    {
        if (!Source.HasListeners()) return null;
        var span = Source.StartActivity($"dataloader {loader}");
        span?.SetTag("dataloader.name", loader);
        span?.SetTag("dataloader.keys", keys);
        return span;
    }

    public static Activity? StartListWalk(string listKey)
    {
        if (!Source.HasListeners()) return null;
        var span = Source.StartActivity($"list walk {listKey}");
        span?.SetTag("casavi.list", listKey);
        return span;
    }
}
