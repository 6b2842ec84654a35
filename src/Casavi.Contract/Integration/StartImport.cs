namespace Casavi.Contract.Integration;

/// <summary>
/// Assumed: the body of <c>POST /v2/import</c> (the excerpt names the route only, in the job's
/// description). Entities use the read shapes' writable fields.
/// </summary>
public sealed record StartImport
{
    public bool UpdateExisting { get; init; } = true;
    public List<ImportProperty> Properties { get; init; } = [];
    public List<ImportUnit> Units { get; init; } = [];
    public List<ImportContact> Contacts { get; init; } = [];
}

public sealed record ImportStarted(string JobId);

public sealed record ImportProperty
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Street { get; init; }
    public string? PostalCode { get; init; }
    public string? City { get; init; }
    public string? Country { get; init; }
    public string? Number { get; init; }
    public string? Note { get; init; }
}

public sealed record ImportUnit
{
    public required string Id { get; init; }
    public required string PropertyId { get; init; }
    public required string Name { get; init; }
    public string? Number { get; init; }
    public MasterData.UnitPurpose Purpose { get; init; } = MasterData.UnitPurpose.Private;
    public string? Area { get; init; }
    public string? Floor { get; init; }
    public string? Rooms { get; init; }
    public string? Address { get; init; }
}

public sealed record ImportContact
{
    public required string Id { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? CompanyName { get; init; }
    public string? Email { get; init; }
    public string? Telephone { get; init; }
    public List<MasterData.ContactContract> Contracts { get; init; } = [];
}
