using Casavi.Sandbox.Data;

namespace Casavi.Sandbox.Writes.Import;

/// <summary>What the importers of one job share: the data (its lock held), the time and the policy.</summary>
internal sealed class ImportSession(SandboxData data, DateTimeOffset now, bool updateExisting)
{
    public SandboxData Data { get; } = data;

    public DateTimeOffset Now { get; } = now;

    public bool UpdateExisting { get; } = updateExisting;

    /// <summary>Contacts whose derived contracts may have changed.</summary>
    public HashSet<string> TouchedContacts { get; } = new(StringComparer.Ordinal);

    /// <summary>An existing entity is updated only when the import says so; else it fails as already existing.</summary>
    public bool MayChange(object? existing, ImportCheck check)
    {
        if (existing is null || UpdateExisting)
            return true;
        check.Fail("id", "already_exists");
        return false;
    }
}
