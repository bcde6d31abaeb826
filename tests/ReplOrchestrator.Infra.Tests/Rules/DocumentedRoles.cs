namespace ReplOrchestrator.Infra.Tests.Rules;

/// <summary>
/// Built-in role definition ids as Azure documents them (the built-in roles reference, as mirrored in
/// the Azure Verified Modules' role maps). infra/shared/roles.bicep may only use ids from here, each
/// under its own role's name.
/// </summary>
internal static class DocumentedRoles
{
    public static IReadOnlyDictionary<string, string> ByName { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Azure Service Bus Data Owner"] = "090c5cfd-751d-490a-894a-3ce6f1109419",
        ["Azure Service Bus Data Sender"] = "69a216fc-b8fb-44d8-bc22-1f3c2cd27a39",
        ["Azure Service Bus Data Receiver"] = "4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0",
        ["Key Vault Secrets User"] = "4633458b-17de-408a-b874-0445c86b69e6",
        ["Key Vault Secrets Officer"] = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7",
        ["Key Vault Administrator"] = "00482a5a-887f-4fb3-b363-3b7fe8e74483",
        ["Key Vault Reader"] = "21090545-7ca7-4776-b22c-e363652d74d2",
        ["Storage Blob Data Owner"] = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b",
        ["Storage Blob Data Contributor"] = "ba92f5b4-2d11-453d-a403-e96b0029c9fe",
        ["Storage Queue Data Contributor"] = "974c5e8b-45b9-4653-ba55-5f855dd0fb88",
        ["Storage Queue Data Message Sender"] = "c6a89b2d-59bc-44d0-9896-0f6e12d7b80a",
        ["Storage Queue Data Message Processor"] = "8a0f0c08-91a1-4084-bc3d-661d67233fed",
        ["Storage Table Data Contributor"] = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3",
        ["Storage Account Contributor"] = "17d1049b-9a84-46fb-8f53-869881c3d3ab",
        ["Monitoring Metrics Publisher"] = "3913510d-42f4-4e42-8a64-420c390055eb",
        ["Reader"] = "acdd72a7-3385-48ef-bd42-f606fba81ae7",
        ["Contributor"] = "b24988ac-6180-42a0-ab88-20f7382dd24c",
        ["Owner"] = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
    };

    /// <summary>The role's name in camelCase, as keys in roles.bicep spell it: "Key Vault Secrets User" → keyVaultSecretsUser.</summary>
    public static string KeyOf(string roleName)
    {
        var words = roleName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select((w, i) => i == 0 ? w.ToLowerInvariant() : char.ToUpperInvariant(w[0]) + w[1..]));
    }

    public static string? NameOfId(string id) =>
        ByName.FirstOrDefault(pair => string.Equals(pair.Value, id, StringComparison.OrdinalIgnoreCase)).Key;
}
