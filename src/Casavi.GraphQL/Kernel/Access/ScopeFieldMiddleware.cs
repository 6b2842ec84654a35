using Casavi.GraphQL.Kernel.Errors;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Access;

/// <summary>
/// Checks the caller's scope on every root field before it runs: queries need <see cref="CasaviScopes.Read"/>,
/// mutations <see cref="CasaviScopes.Write"/> unless they declare another (<see cref="FieldScope"/>). A denied
/// field answers <c>FORBIDDEN</c> at its path; the other fields of the request are kept.
/// </summary>
internal sealed class ScopeFieldMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (RequiredScope(context) is { } scope && !CasaviScopes.Grants(context.User, scope))
            throw GraphQLErrors.Forbidden(context.FieldDefinition.Name, scope);
        return next(context);
    }

    private static string? RequiredScope(IResolveFieldContext context)
    {
        if (context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal))
            return null;
        if (ReferenceEquals(context.ParentType, context.Schema.Query))
            return FieldScope.Of(context.FieldDefinition) ?? CasaviScopes.Read;
        if (ReferenceEquals(context.ParentType, context.Schema.Mutation))
            return FieldScope.Of(context.FieldDefinition) ?? CasaviScopes.Write;
        return null;
    }
}
