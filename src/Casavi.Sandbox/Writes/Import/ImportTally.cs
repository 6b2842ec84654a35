using Casavi.Contract.Integration;

namespace Casavi.Sandbox.Writes.Import;

/// <summary>The outcome of one entity kind of an import.</summary>
internal sealed class ImportTally
{
    private readonly List<ImportFailure> failed = [];
    private int created;
    private int updated;

    public void Created() => created++;

    public void Updated() => updated++;

    public void Failed(ImportCheck check) => failed.Add(check.ToFailure());

    public ImportEntityResult ToResult() => new() { Created = created, Updated = updated, Failed = failed };
}
