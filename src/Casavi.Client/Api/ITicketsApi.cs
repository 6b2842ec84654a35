using Casavi.Contract;
using Casavi.Contract.Tickets;
using Refit;

namespace Casavi.Client.Api;

public interface ITicketsApi
{
    /// <summary>Assumed endpoint and filters (x-assumed in the contract).</summary>
    [Get("/v2/tickets")]
    Task<Page<Ticket>> ListAsync(TicketStatus? status = null, string? propertyId = null, string? contactId = null, [Query(Format = CasaviQuery.DateFormat)] DateTimeOffset? modifiedAfter = null, CancellationToken cancellationToken = default);

    /// <summary>Assumed endpoint (x-assumed in the contract).</summary>
    [Get("/v2/tickets/{ticketId}")]
    Task<Ticket> GetAsync(string ticketId, CancellationToken cancellationToken = default);

    [Get("/v2/tickets/types")]
    Task<Page<TicketType>> ListTypesAsync(CancellationToken cancellationToken = default);

    [Get("/v2/tickets/type-groups")]
    Task<Page<TicketTypeGroup>> ListTypeGroupsAsync(CancellationToken cancellationToken = default);

    [Get("/v2/tickets/orders")]
    Task<Page<Order>> ListOrdersAsync(OrderStatus? status = null, CancellationToken cancellationToken = default);

    [Get("/v2/tickets/orders/types")]
    Task<Page<OrderType>> ListOrderTypesAsync(CancellationToken cancellationToken = default);

    [Get("/v2/tickets/checklists")]
    Task<Page<TicketChecklist>> ListChecklistsAsync(CancellationToken cancellationToken = default);

    /// <summary>Assumed endpoint (x-assumed in the contract): the surveys of one ticket.</summary>
    [Get("/v2/tickets/{ticketId}/surveys")]
    Task<Page<TicketSurvey>> ListSurveysAsync(string ticketId, CancellationToken cancellationToken = default);

    [Post("/v2/tickets/{ticketId}/surveys")]
    Task<TicketSurvey> CreateSurveyAsync(string ticketId, [Body] CreateTicketSurvey survey, CancellationToken cancellationToken = default);
}
