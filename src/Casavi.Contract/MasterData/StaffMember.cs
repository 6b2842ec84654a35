namespace Casavi.Contract.MasterData;

/// <summary>Assumed shape: the excerpt lists <c>GET /v2/staff</c> without a schema.</summary>
public sealed record StaffMember
{
    public required string Id { get; init; }
    public long InternalId { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Email { get; init; }
    public string? Telephone { get; init; }
    public string? Position { get; init; }
}
