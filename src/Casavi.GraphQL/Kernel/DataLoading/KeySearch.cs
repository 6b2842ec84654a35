namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>
/// What a list walk looks for and how many keys it has found so far: what the next pages' window is
/// sized by. A search that names its keys (<see cref="For"/>) also lets the walk remember where each
/// key was seen and ask for exactly those pages next time.
/// </summary>
public sealed class KeySearch
{
    private readonly Delegate? keyOf;

    /// <summary>A search that only counts its keys (e.g. one that also matches names).</summary>
    public KeySearch(int sought)
        : this(sought, [], null)
    {
    }

    private KeySearch(int sought, IReadOnlyCollection<string> keys, Delegate? keyOf)
    {
        Sought = sought;
        Keys = keys;
        this.keyOf = keyOf;
    }

    public int Sought { get; }

    public int Found { get; private set; }

    /// <summary>The keys sought, when the search names them; empty otherwise.</summary>
    public IReadOnlyCollection<string> Keys { get; }

    /// <summary>A search for <paramref name="keys"/>, each entry's key read by <paramref name="keyOf"/>.</summary>
    public static KeySearch For<T>(IReadOnlyCollection<string> keys, Func<T, string> keyOf) => new(keys.Count, keys, keyOf);

    public void RecordFound() => Found++;

    /// <summary>How to read an entry's key, or null when the search names no keys or entries of another type.</summary>
    public Func<T, string>? KeyReader<T>() => keyOf as Func<T, string>;
}
