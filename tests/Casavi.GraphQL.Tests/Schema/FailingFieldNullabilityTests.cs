using Casavi.Client.Api;
using Casavi.GraphQL.Kernel.Fields;
using GraphQL.Types;

namespace Casavi.GraphQL.Tests.Schema;

/// <summary>A field that calls casavi must be nullable, so its failure cannot spread beyond it.</summary>
public sealed class FailingFieldNullabilityTests
{
    [Fact]
    public void Declaring_a_casavi_call_on_a_non_null_field_is_refused()
    {
        var type = new ObjectGraphType();

        var refused = Assert.Throws<InvalidOperationException>(() =>
            type.Field<NonNullGraphType<ListGraphType<StringGraphType>>>("orders").Reaches<object?, object, ITicketsApi>(nameof(ITicketsApi.ListOrdersAsync)));

        Assert.Contains("'orders'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nullable_field_declares_its_casavi_call()
    {
        var field = new ObjectGraphType().Field<ListGraphType<StringGraphType>>("orders").Reaches<object?, object, ITicketsApi>(nameof(ITicketsApi.ListOrdersAsync));

        Assert.Single(FieldReach.Of(field.FieldType));
    }
}
