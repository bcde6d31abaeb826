namespace ReplOrchestrator.Functions.Tests.Support;

/// <summary>The app settings every test app runs with: two appliances and a reader key.</summary>
internal static class TestSettings
{
    public const string ApplianceId = "appl-func";
    public const string ApplianceKey = "key-of-func-for-the-app-tests";
    public const string OtherApplianceKey = "key-of-other-for-the-app-tests";
    public const string ReaderKey = "reader-func-for-the-app-tests";

    public static Dictionary<string, string?> Values() => new()
    {
        ["Repl:Appliances:0:Id"] = ApplianceId,
        ["Repl:Appliances:0:Key"] = ApplianceKey,
        ["Repl:Appliances:1:Id"] = "appl-other",
        ["Repl:Appliances:1:Key"] = OtherApplianceKey,
        ["Repl:ApiKeys:0"] = ReaderKey,
        ["ServiceBusConnection:fullyQualifiedNamespace"] = "sb-test.servicebus.windows.net",
    };
}
