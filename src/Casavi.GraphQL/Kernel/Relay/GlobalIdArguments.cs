using Casavi.GraphQL.Kernel.Errors;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Relay;

/// <summary>
/// Global IDs as arguments: decoded for the caller's casavi account, and the by-key root fields'
/// pair of arguments: the object's global <c>id</c>, or its casavi <c>referenceId</c>.
/// </summary>
public static class GlobalIdArguments
{
    private const string Id = "id";
    private const string ReferenceId = "referenceId";

    /// <summary>The type name and key of <paramref name="id"/>; BAD_USER_INPUT when it is malformed or of another account.</summary>
    public static (string TypeName, string Key) Decode(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryDecode(id, out var account, out var typeName, out var key))
            throw GraphQLErrors.BadUserInput($"'{id}' is not a global ID of this API.");
        if (!GlobalId.BelongsTo(account, context.CasaviAccount()))
            throw GraphQLErrors.BadUserInput($"'{id}' was issued for another casavi account than the caller's.");
        return (typeName, key);
    }

    /// <summary>Adds <c>id</c> (a global ID of <paramref name="typeName"/>) and <c>referenceId</c> (casavi's); the caller gives one.</summary>
    public static FieldBuilder<TSource, TReturn> ObjectKeyArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string typeName, string entity) => field
        .Argument<IdGraphType>(Id, $"The {entity}'s global ID, as its `id` field gives it. Give this or `referenceId`.")
        .Argument<StringGraphType>(ReferenceId, $"casavi reference ID of the {entity}, as its `referenceId` field gives it. Give this or `id`.");

    /// <summary>The casavi reference ID the arguments of <see cref="ObjectKeyArguments"/> name; BAD_USER_INPUT, before any casavi request, when they do not name one of <paramref name="typeName"/>.</summary>
    public static string KeyOf(IResolveFieldContext context, string typeName, string entity)
    {
        var id = context.GetArgument<string?>(Id);
        var referenceId = context.GetArgument<string?>(ReferenceId);
        if ((id is null) == (referenceId is null))
            throw GraphQLErrors.BadUserInput($"Give the {entity}'s global `id` or its casavi `referenceId`: exactly one of them.");
        if (referenceId is not null)
        {
            ReferenceIds.Require(referenceId);
            return referenceId;
        }

        if (!GlobalId.TryDecode(id!, out _, out _, out _))
            throw GraphQLErrors.BadUserInput($"'{id}' is not a global ID of this API; a casavi reference ID goes in `referenceId`.");
        var (decodedType, key) = Decode(context, id!);
        if (decodedType != typeName)
            throw GraphQLErrors.BadUserInput($"'{id}' is the global ID of a {decodedType}, not of a {typeName}.");
        ReferenceIds.Require(key);
        return key;
    }
}
