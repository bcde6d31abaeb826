namespace ReplOrchestrator.Engine.Tests;

/// <summary>The contract on a SQLite file in WAL mode.</summary>
public sealed class FileEngineContractTests : EngineContractTests
{
    protected override bool InMemory => false;
}
