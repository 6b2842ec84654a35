namespace Casavi.Sandbox.Data;

/// <summary>An entity with the time it was last modified (casavi filters on it but never shows it).</summary>
public readonly record struct Stamped<T>(T Entity, DateTimeOffset ModifiedAt);
