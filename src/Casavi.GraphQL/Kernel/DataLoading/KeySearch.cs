namespace Casavi.GraphQL.Kernel.DataLoading;

/// <summary>How many keys a list walk looks for and how many it has found so far: what the next pages' window is sized by.</summary>
public sealed class KeySearch(int sought)
{
    public int Sought => sought;

    public int Found { get; private set; }

    public void RecordFound() => Found++;
}
