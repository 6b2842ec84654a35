namespace Casavi.Sandbox.Tests.Infrastructure;

/// <summary>A default sandbox that no test writes to, shared by the read tests.</summary>
[CollectionDefinition(Name)]
public sealed class ReadOnlySandbox : ICollectionFixture<SandboxHost>
{
    public const string Name = "Read-only sandbox";
}

/// <summary>A sandbox for tests that create entities; they use IDs of their own so they do not collide.</summary>
[CollectionDefinition(Name)]
public sealed class WritableSandbox : ICollectionFixture<SandboxHost>
{
    public const string Name = "Writable sandbox";
}

/// <summary>A sandbox whose knobs and counters the tests change; its tests run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class FaultSandbox : ICollectionFixture<SandboxHost>
{
    public const string Name = "Fault sandbox";
}
