using System.Text.Json;
using Casavi.Contract;
using Casavi.Contract.Integration;

namespace Casavi.Sandbox.Writes.Import;

/// <summary>
/// The checks of one imported entity. A failed entity does not fail the import: it is reported in the
/// job's results with the entity as sent and the reasons ("required", "not_found", "invalid", "already_exists").
/// </summary>
internal sealed class ImportCheck(string model, JsonElement entity)
{
    private readonly List<ImportError> errors = [];

    public bool Failed => errors.Count > 0;

    public void Fail(string field, string reason, string? errorModel = null) =>
        errors.Add(new ImportError { Model = errorModel ?? model, Field = field, Reason = reason });

    /// <summary>Flags the field when it is missing, null or blank.</summary>
    public void Required(string field)
    {
        if (string.IsNullOrWhiteSpace(Text(field)))
            Fail(field, "required");
    }

    public string? Text(string field)
    {
        if (entity.ValueKind != JsonValueKind.Object)
            return null;
        var value = entity.EnumerateObject().FirstOrDefault(p => p.Name.Equals(field, StringComparison.OrdinalIgnoreCase)).Value;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    /// <summary>The entity in the import shape, or null (and a failure) when the fields do not fit it.</summary>
    public T? Read<T>()
        where T : class
    {
        if (Failed)
            return null;
        try
        {
            return entity.Deserialize<T>(CasaviJson.Options);
        }
        catch (JsonException invalid)
        {
            Fail(invalid.Path?.TrimStart('$', '.') is { Length: > 0 } path ? path : "entity", "invalid");
            return null;
        }
    }

    public ImportFailure ToFailure() => new() { Entity = entity, Errors = errors };
}
