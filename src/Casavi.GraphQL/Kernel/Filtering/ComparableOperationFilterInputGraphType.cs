using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Filtering;

/// <summary>Conditions on a value of <typeparamref name="TScalar"/> that can be ordered; named per scalar by its subclasses.</summary>
public abstract class ComparableOperationFilterInputGraphType<TScalar> : InputObjectGraphType
    where TScalar : ScalarGraphType
{
    protected ComparableOperationFilterInputGraphType(string name, string what)
    {
        Name = name;
        Description = $"Conditions on {what}; all given must hold. A missing value (null) matches no comparison.";
        Field<TScalar>("eq").Description("Equal to this; null: the value is missing.");
        Field<TScalar>("neq").Description("Not equal to this; null: the value is present.");
        Field<ListGraphType<TScalar>>("in").Description("Equal to one of these.");
        Field<ListGraphType<TScalar>>("nin").Description("Equal to none of these.");
        Field<TScalar>("gt").Description("Greater (later) than this.");
        Field<TScalar>("ngt").Description("Not greater (later) than this.");
        Field<TScalar>("gte").Description("Greater (later) than or equal to this.");
        Field<TScalar>("ngte").Description("Not greater (later) than or equal to this.");
        Field<TScalar>("lt").Description("Less (earlier) than this.");
        Field<TScalar>("nlt").Description("Not less (earlier) than this.");
        Field<TScalar>("lte").Description("Less (earlier) than or equal to this.");
        Field<TScalar>("nlte").Description("Not less (earlier) than or equal to this.");
    }
}

public sealed class DateTimeOperationFilterInputGraphType()
    : ComparableOperationFilterInputGraphType<Scalars.DateTimeScalar>("DateTimeOperationFilterInput", "a moment");

public sealed class LongOperationFilterInputGraphType()
    : ComparableOperationFilterInputGraphType<Scalars.LongScalar>("LongOperationFilterInput", "a whole number");

public sealed class FloatOperationFilterInputGraphType()
    : ComparableOperationFilterInputGraphType<FloatGraphType>("FloatOperationFilterInput", "a number");
