namespace Casavi.Sandbox.Data;

/// <summary>
/// One kind of entity in insertion order, addressable by its reference ID, each row with a hidden
/// last-modified time for <c>modifiedAfter</c>. All tables of a <see cref="SandboxData"/> share one
/// lock, so a write that touches several tables is seen whole or not at all.
/// </summary>
public sealed class EntityTable<T>
    where T : class
{
    private readonly Lock gate;
    private readonly Func<T, string> idOf;
    private readonly List<Stamped<T>> rows = [];
    private readonly Dictionary<string, int> indexById = new(StringComparer.Ordinal);

    internal EntityTable(Lock gate, Func<T, string> idOf)
    {
        this.gate = gate;
        this.idOf = idOf;
    }

    public int Count
    {
        get { lock (gate) return rows.Count; }
    }

    public T? Find(string id)
    {
        lock (gate) return indexById.TryGetValue(id, out var index) ? rows[index].Entity : null;
    }

    /// <summary>A snapshot of every entity, in list order.</summary>
    public IReadOnlyList<T> All()
    {
        lock (gate) return rows.ConvertAll(row => row.Entity);
    }

    /// <summary>A snapshot of every row with its modification time, in list order.</summary>
    public IReadOnlyList<Stamped<T>> Rows()
    {
        lock (gate) return rows.ToArray();
    }

    internal void Add(T entity, DateTimeOffset modifiedAt)
    {
        lock (gate)
        {
            indexById.Add(idOf(entity), rows.Count);
            rows.Add(new Stamped<T>(entity, modifiedAt));
        }
    }

    /// <summary>Replaces the entity with the same ID in place, keeping its position in the list.</summary>
    internal void Replace(T entity, DateTimeOffset modifiedAt)
    {
        lock (gate) rows[indexById[idOf(entity)]] = new Stamped<T>(entity, modifiedAt);
    }

    internal bool Remove(string id)
    {
        lock (gate)
        {
            if (!indexById.Remove(id, out var index))
                return false;
            rows.RemoveAt(index);
            foreach (var later in rows.Skip(index))
                indexById[idOf(later.Entity)]--;
            return true;
        }
    }
}
