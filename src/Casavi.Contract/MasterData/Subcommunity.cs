namespace Casavi.Contract.MasterData;

public sealed record Subcommunity
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public List<Unit> Units { get; init; } = [];
}
