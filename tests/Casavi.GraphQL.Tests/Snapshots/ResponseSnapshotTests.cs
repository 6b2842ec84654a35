using System.Text.Json;
using Casavi.GraphQL.Tests.Errors;
using Casavi.GraphQL.Tests.Infrastructure;
using Casavi.Sandbox.Data;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Casavi.GraphQL.Tests.Snapshots;

/// <summary>
/// Whole responses pinned against the seeded sandbox (a gateway of this class's own, so no other test's
/// writes show): the frontend screens and each error shape. Nothing in them varies between runs: no
/// cursors (signed with a per-process key), no timings, dates from the sandbox's reference day.
/// A missing snapshot is written and passes, so CI fails when a run leaves a snapshot file new or changed.
/// </summary>
public sealed class ResponseSnapshotTests(FailingCasaviGateway failing) : IClassFixture<FailingCasaviGateway>
{
    private readonly GatewayFixture gateway = failing.Gateway;

    [Fact]
    public async Task Property_search_second_page() => await MatchAsync(
        Snapshot.FullName(),
        """
        query($after: String) {
          properties(where: { or: [{ name: { contains: "str" } }, { city: { contains: "str" } }] }, order: [{ name: ASC }], first: 10, after: $after) {
            totalCount nodes { referenceId name city } pageInfo { hasPreviousPage hasNextPage }
          }
        }
        """,
        new { after = await EndCursorAsync("""{ properties(where: { or: [{ name: { contains: "str" } }, { city: { contains: "str" } }] }, order: [{ name: ASC }], first: 10) { pageInfo { endCursor } } }""") });

    [Fact]
    public Task Ticket_inbox() => MatchAsync(
        Snapshot.FullName(),
        """
        query($since: DateTime!) {
          tickets(first: 20, order: [{ createdAt: DESC }], where: { status: { in: [OPEN, IN_PROGRESS] }, createdAt: { gte: $since }, propertyId: { eq: "P-00001" } }) {
            totalCount nodes { referenceId title status createdAt type { name } reporter { firstName lastName } assignee { firstName lastName } }
          }
        }
        """,
        new { since = ReferenceClock.Today.AddDays(-90) });

    [Fact]
    public Task A_contacts_tickets_open_first() => MatchAsync(
        Snapshot.FullName(),
        """{ contact(referenceId: "C-000315") { lastName tickets(first: 10, order: [{ status: ASC }, { createdAt: DESC }]) { nodes { referenceId status createdAt } } } }""");

    [Fact]
    public Task Current_contracts_of_a_propertys_units() => MatchAsync(
        Snapshot.FullName(),
        """query($at: DateTime!) { property(referenceId: "P-00001") { name units(first: 5) { nodes { name contracts(activeAt: $at) { referenceId type contacts { lastName } } } } } }""",
        new { at = ReferenceClock.Today });

    [Fact]
    public Task Not_found() => MatchAsync(Snapshot.FullName(), """{ property(referenceId: "P-99999") { name } unit(referenceId: "P-00001-0001") { name } }""");

    [Fact]
    public Task Bad_user_input() => MatchAsync(Snapshot.FullName(), """{ property(id: "VW5pdDpQLTAwMDAxLTAwMDE") { name } properties(first: 101) { totalCount } }""");

    [Fact]
    public async Task Partial_data()
    {
        gateway.Sandbox.Knobs.ScriptFault("GET", "/v2/tickets/orders", 503, 100);
        try
        {
            await MatchAsync(Snapshot.FullName(), """{ ticket(referenceId: "T-00001") { title orders { referenceId } } property(referenceId: "P-00001") { name } }""");
        }
        finally
        {
            gateway.Sandbox.Knobs.Reset();
        }
    }

    [Fact]
    public Task Mutation_user_errors() => MatchAsync(
        Snapshot.FullName(),
        """
        mutation { createPost(input: { id: " spaced ", title: "", text: "   ", propertyId: "P-99999" }) {
          outcome post { referenceId } errors { __typename message path ... on NotFoundError { entityType referenceId } } } }
        """);

    /// <summary>Asks, and matches the whole response with the snapshot <paramref name="name"/>.</summary>
    /// <param name="name">From <see cref="Snapshot.FullName()"/>, taken in the test itself: Snapshooter cannot find it from here.</param>
    private async Task MatchAsync(SnapshotFullName name, string query, object? variables = null)
    {
        var response = await gateway.PostQueryAsync(query, variables);
        Snapshot.Match(JToken.Parse(response.GetRawText()), name);
    }

    private async Task<string?> EndCursorAsync(string query) =>
        (await gateway.PostQueryAsync(query)).GetProperty("data").GetProperty("properties").GetProperty("pageInfo").GetProperty("endCursor").GetString();
}
