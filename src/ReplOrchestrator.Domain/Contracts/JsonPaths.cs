namespace ReplOrchestrator.Domain.Contracts;

/// <summary>Builds the JSON paths that <see cref="ContractProblem.Path"/> reports.</summary>
internal static class JsonPaths
{
    public const string Root = "$";

    public static string Field(string parent, string name) => parent + "." + name;

    public static string Item(string parent, int index) => parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}
