using System.Text.Json;

namespace Casavi.Contract.MasterData;

public sealed record Property
{
    public required string Id { get; init; }
    public long InternalId { get; init; }
    public required string Name { get; init; }
    public string? Note { get; init; }
    public string? Country { get; init; }
    public string? City { get; init; }
    public string? PostalCode { get; init; }
    public string? Number { get; init; }
    public string? MscNumber { get; init; }
    public string? MscProviderName { get; init; }
    public string? MscProviderIdentifier { get; init; }
    public List<string> Images { get; init; } = [];
    public List<PropertyAddress> Addresses { get; init; } = [];
    public List<Responsibility> Responsibilities { get; init; } = [];

    /// <summary>Assumed: the reference IDs of the property's subcommunities.</summary>
    public List<string> SubcommunityIds { get; init; } = [];
    public Dictionary<string, JsonElement>? CustomFields { get; init; }
    public string? AppLink { get; init; }
}

public sealed record PropertyAddress
{
    public required string Street { get; init; }
    public List<string> Units { get; init; } = [];
}
