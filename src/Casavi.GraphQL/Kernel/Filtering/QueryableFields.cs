using Casavi.GraphQL.Kernel.Scalars;
using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>
/// What <c>where</c> can test and <c>order</c> can sort by on a list of <typeparamref name="T"/>, declared once
/// per type; from it come the <c>{TypeName}FilterInput</c> and <c>{TypeName}SortInput</c> types and their
/// evaluation. Subclasses are registered by the schema's composition.
/// </summary>
public abstract class QueryableFields<T>(string typeName, Func<T, string> key)
{
    private readonly List<QueryableField<T>> fields = [];

    /// <summary>The object type's name: the input types are named after it.</summary>
    public string TypeName { get; } = typeName;

    /// <summary>The item's key: the last sort key, so every order is stable.</summary>
    public Func<T, string> Key { get; } = key;

    public IReadOnlyList<QueryableField<T>> Fields => fields;

    public QueryableField<T>? Find(string name) => fields.Find(field => field.Name == name);

    protected void Text(string name, Func<T, string?> value, string description) =>
        fields.Add(new TextField<T>(name, description, value));

    protected void Moment(string name, Func<T, DateTimeOffset?> value, string description) =>
        fields.Add(new ComparableField<T, DateTimeOffset>(name, description, value, typeof(DateTimeOperationFilterInputGraphType)));

    protected void Number(string name, Func<T, long?> value, string description) =>
        fields.Add(new ComparableField<T, long>(name, description, value, typeof(LongOperationFilterInputGraphType)));

    protected void Fraction(string name, Func<T, double?> value, string description) =>
        fields.Add(new ComparableField<T, double>(name, description, value, typeof(FloatOperationFilterInputGraphType)));

    protected void YesNo(string name, Func<T, bool?> value, string description) =>
        fields.Add(new BooleanField<T>(name, description, value));

    protected void Choice<TEnum>(string name, Func<T, TEnum?> value, string description)
        where TEnum : struct, Enum =>
        fields.Add(new EnumField<T, TEnum>(name, description, value));

    protected void Texts(string name, Func<T, IEnumerable<string>> texts, string description) =>
        fields.Add(new EntriesField<T, string>(name, description, texts, new TextField<string>(name, description, text => text), typeof(ListStringOperationFilterInputGraphType)));

    protected void Choices<TEnum>(string name, Func<T, IEnumerable<TEnum>> choices, string description)
        where TEnum : struct, Enum =>
        fields.Add(new EntriesField<T, TEnum>(name, description, choices, new EnumField<TEnum, TEnum>(name, description, choice => choice), typeof(ListEnumOperationFilterInputGraphType<TEnum>)));

    protected void Items<TItem>(string name, Func<T, IEnumerable<TItem>> items, string description) =>
        fields.Add(new ItemsField<T, TItem>(name, description, items));
}
