using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Filtering;

public sealed class StringOperationFilterInputGraphType : InputObjectGraphType
{
    public StringOperationFilterInputGraphType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text; all given must hold. eq, neq, in and nin compare exactly (case matters); the others ignore case.";
        Field<StringGraphType>("eq").Description("Exactly this text; null: the text is missing.");
        Field<StringGraphType>("neq").Description("Anything but exactly this text; null: the text is present.");
        Field<ListGraphType<StringGraphType>>("in").Description("Exactly one of these texts.");
        Field<ListGraphType<StringGraphType>>("nin").Description("None of these texts.");
        Field<StringGraphType>("contains").Description("Contains this text, ignoring case.");
        Field<StringGraphType>("ncontains").Description("Does not contain this text, ignoring case.");
        Field<StringGraphType>("startsWith").Description("Starts with this text, ignoring case.");
        Field<StringGraphType>("nstartsWith").Description("Does not start with this text, ignoring case.");
        Field<StringGraphType>("endsWith").Description("Ends with this text, ignoring case.");
        Field<StringGraphType>("nendsWith").Description("Does not end with this text, ignoring case.");
    }
}
