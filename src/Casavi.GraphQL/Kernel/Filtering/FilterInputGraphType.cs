using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary><c>{TypeName}FilterInput</c>: the conditions <c>where</c> takes on a list of <typeparamref name="T"/>.</summary>
public sealed class FilterInputGraphType<T> : InputObjectGraphType
{
    public FilterInputGraphType(QueryableFields<T> fields)
    {
        Name = $"{fields.TypeName}FilterInput";
        Description = $"Conditions on a {fields.TypeName}: every field given and every `and` entry must hold, and one `or` entry at least (an empty `or` matches nothing).";
        Field<ListGraphType<NonNullGraphType<FilterInputGraphType<T>>>>("and").Description("Conditions that must all hold.");
        Field<ListGraphType<NonNullGraphType<FilterInputGraphType<T>>>>("or").Description("Conditions of which one at least must hold.");
        foreach (var field in fields.Fields)
            Field(field.Name, field.OperationType).Description(field.Description);
    }
}
