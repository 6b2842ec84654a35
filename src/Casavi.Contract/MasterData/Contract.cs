using System.ComponentModel;
using System.Runtime.Serialization;

namespace Casavi.Contract.MasterData;

/// <summary>A contract between contacts and a unit, as embedded in a unit.</summary>
public sealed record Contract
{
    public string? Id { get; init; }
    public List<string> Contacts { get; init; } = [];
    public ContractType Type { get; init; }
    public DateTimeOffset? StartDate { get; init; }
    public DateTimeOffset? EndDate { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
}

public enum ContractType
{
    [Description("A value casavi added after this gateway was built.")] Unknown,
    [Description("A tenancy: the contacts rent the unit.")] [EnumMember(Value = "renter")] Renter,
    [Description("Ownership: the contacts own the unit.")] [EnumMember(Value = "owner")] Owner,
}
