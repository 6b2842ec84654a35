namespace Casavi.Sandbox.Tests.Contract;

/// <summary>The contract tests that need a sandbox share one, and run one after another (faults are scripted on it).</summary>
[CollectionDefinition(Name)]
public sealed class ContractSandboxGroup : ICollectionFixture<ContractSandboxFixture>
{
    public const string Name = "contract sandbox";
}
