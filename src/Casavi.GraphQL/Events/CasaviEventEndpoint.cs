using System.Text.Json;
using Casavi.Client;
using Casavi.Contract;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http.Features;

namespace Casavi.GraphQL.Events;

/// <summary>
/// <c>POST /casavi/events/{account}/{token}</c>: casavi's rest hooks call it. The token is the only
/// credential. Anything with the right token is answered 202 at once, also a body the gateway does not
/// understand, so casavi does not retry it forever; known events take effect in the background.
/// </summary>
internal static class CasaviEventEndpoint
{
    // An event is a few IDs; nothing larger is read.
    private const long MaxBodyBytes = 64 * 1024;

    public static async Task<IResult> ReceiveAsync(
        string account,
        string token,
        HttpContext context,
        EventReceivingPaths paths,
        CasaviAccounts accounts,
        PendingCasaviEvents queue,
        UnknownEventLog unknown,
        IOptions<CasaviEventSettings> settings)
    {
        var names = settings.Value.Names.ToContract();
        if (!paths.Accepts(account, token) || accounts.Find(account) is not { } receiver)
            return Results.Unauthorized();

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBodyBytes;
        ReceivedEvent? received;
        try
        {
            received = await JsonSerializer.DeserializeAsync<ReceivedEvent>(context.Request.Body, CasaviJson.Options, context.RequestAborted);
        }
        catch (JsonException)
        {
            received = null;
        }
        catch (BadHttpRequestException tooLarge)
        {
            return Results.StatusCode(tooLarge.StatusCode);
        }

        if (received is { Event: { } name, EntityId: { Length: > 0 } entityId } && names.TryGetValue(name, out var contractName))
            queue.Enqueue(new CasaviEvent(receiver, contractName, entityId));
        else
            unknown.Report(receiver.Name, received?.Event);
        return Results.Accepted();
    }

    /// <summary>The part of casavi's payload the gateway reads; every field may be missing.</summary>
    private sealed record ReceivedEvent(string? Event, string? EntityId);
}
