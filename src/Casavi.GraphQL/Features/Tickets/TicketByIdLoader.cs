using Casavi.Client.Api;
using Casavi.Contract.Tickets;
using Casavi.GraphQL.Kernel.DataLoading;
using Microsoft.Extensions.Options;

namespace Casavi.GraphQL.Features.Tickets;

/// <summary>Tickets by reference ID: small batches one GET each in parallel, large ones by one walk of the ticket list.</summary>
public sealed class TicketByIdLoader(ITicketsApi tickets, ListScanner scanner, IOptions<BatchingOptions> options) : ReferenceLoader<Ticket>(options)
{
    protected override string KeyOf(Ticket value) => value.Id;

    protected override Task<Ticket> GetByIdAsync(string key, CancellationToken cancellationToken) =>
        tickets.GetAsync(key, cancellationToken);

    protected override IAsyncEnumerable<Ticket> WalkAsync(CancellationToken cancellationToken) =>
        scanner.ScanAsync("tickets", token => tickets.ListAsync(cancellationToken: token), cancellationToken);
}
