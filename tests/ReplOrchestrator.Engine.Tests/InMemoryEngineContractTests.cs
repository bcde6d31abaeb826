namespace ReplOrchestrator.Engine.Tests;

/// <summary>The contract on a private in-memory database.</summary>
public sealed class InMemoryEngineContractTests : EngineContractTests
{
    protected override bool InMemory => true;
}
