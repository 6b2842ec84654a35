using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary><c>{TypeName}SortInput</c>: one entry of <c>order</c> on a list of <typeparamref name="T"/>.</summary>
public sealed class SortInputGraphType<T> : InputObjectGraphType
{
    public SortInputGraphType(QueryableFields<T> fields)
    {
        Name = $"{fields.TypeName}SortInput";
        Description = $"Sort keys of a {fields.TypeName}, applied in the order written; ties are broken by the reference ID.";
        foreach (var field in fields.Fields.Where(field => field.IsSortable))
            Field<SortEnumGraphType>(field.Name).Description(field.Description);
    }
}
