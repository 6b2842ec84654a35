using System.ComponentModel;
using System.Runtime.Serialization;
using System.Text.Json;

namespace Casavi.Contract.MasterData;

public sealed record Contact
{
    public required string Id { get; init; }

    /// <summary>Assumed: casavi's database id, as on the other master-data entities.</summary>
    public long? InternalId { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? CompanyName { get; init; }
    public string? Email { get; init; }
    public string? Telephone { get; init; }
    public string? Mobile { get; init; }
    public string? Street { get; init; }
    public string? PostalCode { get; init; }
    public string? City { get; init; }
    public string? Country { get; init; }

    /// <summary>Assumed: the list filters on it, so the contact carries it.</summary>
    public bool? IsRegistered { get; init; }

    /// <summary>Assumed: the list filters on it, so the contact carries it.</summary>
    public bool? IsInvited { get; init; }
    public Dictionary<string, JsonElement>? CustomFields { get; init; }
    public string? AppLink { get; init; }
    public List<ContactContract> Contracts { get; init; } = [];
}

/// <summary>A contract as embedded in a contact: which unit of which property, and how.</summary>
public sealed record ContactContract
{
    /// <summary>Assumed: the contract's reference ID, as on the unit's embedded contract.</summary>
    public string? Id { get; init; }
    public string? PropertyId { get; init; }
    public string? UnitId { get; init; }
    public ContractType Type { get; init; }
    public DateTimeOffset? StartDate { get; init; }
    public DateTimeOffset? EndDate { get; init; }
}

/// <summary>Values of the contacts list's <c>role</c> filter (assumed: the contract types).</summary>
public enum ContactRole
{
    [Description("A value casavi added after this gateway was built.")] Unknown,
    [Description("Owns a unit.")] [EnumMember(Value = "owner")] Owner,
    [Description("Rents a unit.")] [EnumMember(Value = "renter")] Renter,
}
