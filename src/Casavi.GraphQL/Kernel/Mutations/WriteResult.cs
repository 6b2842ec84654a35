namespace Casavi.GraphQL.Kernel.Mutations;

/// <summary>The written entity, or the user error that prevented the write.</summary>
public readonly record struct WriteResult<T>(T? Value, UserError? Error);
