namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>
/// What walks learnt of one list's shape, in a form other replicas can use: its page count and the
/// link to its second page (which says how pages are numbered); null when its links name no page number.
/// </summary>
public sealed record ListShape(int Pages, string? SecondPageLink);

/// <summary>Keeps list shapes beyond this process (the cross-request cache), so a new replica's first walk of a list is not blind.</summary>
public interface IListShapeStore
{
    /// <summary>The shape another replica or an earlier process stored, or null.</summary>
    ValueTask<ListShape?> ReadAsync(string listKey, CancellationToken cancellationToken);

    /// <summary>Stores the shape without making the walk wait for it.</summary>
    void Write(string listKey, ListShape shape);
}
