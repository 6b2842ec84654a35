namespace Casavi.Contract.Integration;

public sealed record ConsumptionResource
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Unit { get; init; }
    public string? Notes { get; init; }
}
