namespace ReplOrchestrator.Infra.Tests.Bicep;

/// <summary>A <c>module</c> declaration: the file it deploys (as written) and its body.</summary>
internal sealed record BicepModule(string Symbol, string Path, BicepObject Body, string Where)
{
    public BicepObject Params => Body["params"]?.Object ?? BicepObject.Empty;
}
