using Casavi.GraphQL.Kernel.Access;
using GraphQL.Builders;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>
/// Where a mutation field goes, what it is called and the scope a caller needs for it, until its
/// payload is known and the field can be added.
/// </summary>
internal sealed record MutationDeclaration(ObjectGraphType Mutation, string Name, string Description, Action<FieldBuilder<object?, object>> AddInputArgument)
{
    public string Scope { get; init; } = CasaviScopes.Write;
}
