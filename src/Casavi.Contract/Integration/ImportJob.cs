using System.Text.Json;

namespace Casavi.Contract.Integration;

public sealed record ImportJob
{
    public required string Id { get; init; }
    public long? TenantId { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public bool? Completed { get; init; }
    public string? ContactName { get; init; }
    public string? IntegrationType { get; init; }
    public ImportResults? Results { get; init; }
    public bool? UpdateExisting { get; init; }
    public bool? FileContainHeaders { get; init; }
    public JsonElement? Mapping { get; init; }
    public string? UploadType { get; init; }
    public bool? HasContent { get; init; }
    public double? Progress { get; init; }
    public bool? Running { get; init; }
}

public sealed record ImportResults
{
    public ImportEntityResult? Contacts { get; init; }
    public ImportEntityResult? Properties { get; init; }
    public ImportEntityResult? Units { get; init; }
    public ImportEntityResult? Documents { get; init; }
    public ImportEntityResult? Responsibilities { get; init; }
}

public sealed record ImportEntityResult
{
    public int Created { get; init; }
    public int Updated { get; init; }
    public int Deleted { get; init; }
    public List<ImportFailure> Failed { get; init; } = [];
}

public sealed record ImportFailure
{
    public JsonElement? Entity { get; init; }
    public List<ImportError> Errors { get; init; } = [];
}

public sealed record ImportError
{
    public string? Model { get; init; }
    public string? Field { get; init; }
    public string? Reason { get; init; }
}
