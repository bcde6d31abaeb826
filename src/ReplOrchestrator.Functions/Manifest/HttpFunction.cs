namespace ReplOrchestrator.Functions.Manifest;

/// <summary>One HTTP function: its name, the route under <c>/api</c>, its methods, and whether it needs a function key.</summary>
internal sealed record HttpFunction(string Name, string Route, string[] Methods, bool Anonymous = false);
