namespace ReplOrchestrator.Functions.Manifest;

/// <summary>One HTTP function: its name, the route under <c>/api</c> and its methods. Every one needs a function key.</summary>
internal sealed record HttpFunction(string Name, string Route, string[] Methods);
