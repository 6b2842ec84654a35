using Casavi.Client.Api;
using Casavi.Contract;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.Fields;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>casavi's ticket list filtered to one parent by the query parameter <paramref name="Parameter"/> (e.g. propertyId).</summary>
public sealed record ParentFilter(string Parameter, Func<ITicketsApi, string, TicketStatus?, CancellationToken, Task<Page<Ticket>>> List)
{
    private static readonly string TicketList = CasaviEndpoint.Of<ITicketsApi>(nameof(ITicketsApi.ListAsync));

    /// <summary>That casavi applies the filter: assumed, so every answer is checked.</summary>
    public string IsApplied => $"{TicketList} filters by {Parameter}";
}
