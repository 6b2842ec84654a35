using System.ComponentModel;
using System.Runtime.Serialization;

namespace Casavi.Contract.MasterData;

public sealed record Responsibility
{
    public required string ContactId { get; init; }
    public long ContactInternalId { get; init; }
    public required string ContactName { get; init; }
    public required string RoleName { get; init; }
    public ResponsibilityRoleType RoleType { get; init; }
    public string? Email { get; init; }
    public string? Telephone { get; init; }

    /// <summary>Assumed: whether the responsibility is shown on the portal (the list filters on it).</summary>
    public bool? ShowOnPortal { get; init; }
}

public enum ResponsibilityRoleType
{
    [Description("A value casavi added after this gateway was built.")] Unknown,
    [Description("A staff member of the property management.")] [EnumMember(Value = "internal")] Internal,
    [Description("Someone outside the property management, e.g. a caretaker or service company.")] [EnumMember(Value = "external")] External,
}
