using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Fields;

/// <summary>A feature's root query fields; each feature folder contributes its own.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}

/// <summary>A feature's root mutation fields.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}

/// <summary>A feature's root subscription fields.</summary>
public interface ISubscriptionFields
{
    void AddTo(ObjectGraphType subscription);
}
