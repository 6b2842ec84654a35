using Casavi.GraphQL.Tests.Infrastructure;

namespace Casavi.GraphQL.Tests.Paging;

/// <summary>One page of a root connection: its nodes' reference IDs and page info.</summary>
internal sealed record PageOfIds(IReadOnlyList<string> Ids, bool HasNextPage, bool HasPreviousPage, string? EndCursor)
{
    public static async Task<PageOfIds> ReadAsync(GatewayFixture gateway, string field, int first, string? after)
    {
        var response = await gateway.PostQueryAsync(
            $"query($after: String) {{ {field}(first: {first}, after: $after) {{ pageInfo {{ hasNextPage hasPreviousPage endCursor }} nodes {{ referenceId }} }} }}",
            new { after });
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var connection = response.GetProperty("data").GetProperty(field);
        var pageInfo = connection.GetProperty("pageInfo");
        return new PageOfIds(
            [.. connection.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("referenceId").GetString()!)],
            pageInfo.GetProperty("hasNextPage").GetBoolean(),
            pageInfo.GetProperty("hasPreviousPage").GetBoolean(),
            pageInfo.GetProperty("endCursor").GetString());
    }
}
