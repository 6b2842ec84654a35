using GraphQL;

namespace Casavi.GraphQL.Features.Contracts;

/// <summary>Which of a unit's or contact's contracts a <c>contracts</c> field lists, from its arguments.</summary>
public sealed record ContractSelection(bool IncludeInactive, DateTimeOffset? ActiveAt)
{
    internal const string IncludeInactiveArgument = "includeInactive";
    internal const string ActiveAtArgument = "activeAt";

    /// <summary>The contracts that have not ended, as casavi lists them by default.</summary>
    public static ContractSelection Active { get; } = new(false, null);

    /// <summary>Every contract, ended ones too.</summary>
    public static ContractSelection All { get; } = new(true, null);

    public static ContractSelection From(IResolveFieldContext context) =>
        new(context.GetArgument<bool>(IncludeInactiveArgument), context.GetArgument<DateTimeOffset?>(ActiveAtArgument));

    /// <summary>Whether <paramref name="contract"/> is listed; <paramref name="isActive"/> is whether it has not ended.</summary>
    public bool Lists(Casavi.Contract.MasterData.Contract contract, bool isActive) => ActiveAt is { } at
        ? (contract.StartDate is null || contract.StartDate <= at) && (contract.EndDate is null || contract.EndDate >= at)
        : IncludeInactive || isActive;
}
