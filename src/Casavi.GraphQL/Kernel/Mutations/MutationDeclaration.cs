using GraphQL.Builders;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>Where a mutation field goes and what it is called, until its payload is known and the field can be added.</summary>
internal sealed record MutationDeclaration(ObjectGraphType Mutation, string Name, string Description, Action<FieldBuilder<object?, object>> AddInputArgument);
