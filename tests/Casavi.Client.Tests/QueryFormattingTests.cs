using Casavi.Client.Api;
using Casavi.Client.Tests.Support;
using Casavi.Contract.MasterData;
using Casavi.Contract.Tickets;

namespace Casavi.Client.Tests;

/// <summary>The URLs casavi receives, as the stub saw them.</summary>
public sealed class QueryFormattingTests
{
    private static readonly DateTimeOffset BerlinNoon = new(2024, 5, 1, 12, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public async Task Enum_filters_use_wire_names_and_dates_are_utc()
    {
        await using var harness = new ClientHarness();
        harness.Stub.OnApi = (_, _) => Task.FromResult(StubAnswers.Page(Array.Empty<Ticket>(), next: null));

        await harness.Get<ITicketsApi>().ListAsync(TicketStatus.InProgress, propertyId: "P-1", modifiedAfter: BerlinNoon);

        var request = Assert.Single(harness.Stub.ApiRequests);
        Assert.Equal("/v2/tickets", request.Uri.AbsolutePath);
        Assert.Equal("?status=IN_PROGRESS&propertyId=P-1&modifiedAfter=2024-05-01T10:00:00Z", request.DecodedQuery);
    }

    [Fact]
    public async Task Contact_filters_are_lower_case_like_casavis_examples()
    {
        await using var harness = new ClientHarness();
        harness.Stub.OnApi = (_, _) => Task.FromResult(StubAnswers.Page(Array.Empty<Contact>(), next: null));

        await harness.Get<IContactsApi>().ListAsync(ContactRole.Owner, isRegistered: true, isInvited: false);

        Assert.Equal("?role=owner&isRegistered=true&isInvited=false", Assert.Single(harness.Stub.ApiRequests).DecodedQuery);
    }

    [Fact]
    public async Task Order_status_and_omitted_filters()
    {
        await using var harness = new ClientHarness();
        harness.Stub.OnApi = (_, _) => Task.FromResult(StubAnswers.Page(Array.Empty<Order>(), next: null));
        var tickets = harness.Get<ITicketsApi>();

        await tickets.ListOrdersAsync(OrderStatus.Open);
        await tickets.ListOrdersAsync();

        Assert.Equal(["?status=OPEN", ""], harness.Stub.ApiRequests.Select(r => r.DecodedQuery));
    }

    [Fact]
    public async Task Path_ids_are_escaped()
    {
        await using var harness = new ClientHarness();
        harness.Stub.OnApi = (_, _) => Task.FromResult(StubAnswers.Json(new Unit { Id = "A/1 b", Name = "Unit" }));

        await harness.Get<IUnitsApi>().GetAsync("A/1 b", includeInactiveContracts: true);

        var request = Assert.Single(harness.Stub.ApiRequests);
        Assert.Equal("/v2/units/A%2F1%20b?includeInactiveContracts=true", request.Uri.PathAndQuery);
    }
}
