using GraphQL.Types;

namespace Casavi.GraphQL.Kernel.Fields;

/// <summary>
/// Fields one feature adds to another feature's type (e.g. tickets adds <c>Property.tickets</c>),
/// so each reverse edge lives with the feature it belongs to.
/// </summary>
public interface ITypeExtension<in TGraphType>
    where TGraphType : IComplexGraphType
{
    void Extend(TGraphType type);
}

public static class TypeExtensionExtensions
{
    public static void ApplyExtensions<TGraphType>(this TGraphType type, IEnumerable<ITypeExtension<TGraphType>> extensions)
        where TGraphType : IComplexGraphType
    {
        foreach (var extension in extensions.OrderBy(extension => extension.GetType().Name, StringComparer.Ordinal))
            extension.Extend(type);
    }
}
