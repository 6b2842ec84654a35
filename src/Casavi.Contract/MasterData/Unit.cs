using System.ComponentModel;
using System.Runtime.Serialization;
using System.Text.Json;

namespace Casavi.Contract.MasterData;

public sealed record Unit
{
    public required string Id { get; init; }
    public long InternalId { get; init; }
    public string? Number { get; init; }
    public string? Area { get; init; }
    public string? Floor { get; init; }
    public string? Rooms { get; init; }
    public string? MscNumber { get; init; }
    public string? PropertyMscNumber { get; init; }
    public UnitPurpose Purpose { get; init; }
    public double? VotingShare { get; init; }
    public required string Name { get; init; }
    public string? Note { get; init; }
    public string? PropertyId { get; init; }
    public string? Address { get; init; }
    public List<Contract> Contracts { get; init; } = [];
    public Dictionary<string, JsonElement>? CustomFields { get; init; }
    public string? AppLink { get; init; }
}

public enum UnitPurpose
{
    [Description("A value casavi added after this gateway was built.")] Unknown,
    [Description("A parking space or garage.")] [EnumMember(Value = "parking")] Parking,
    [Description("Used for business: a shop, an office, a practice.")] [EnumMember(Value = "commercial")] Commercial,
    [Description("Used for living: a flat or a house.")] [EnumMember(Value = "private")] Private,
}
