using System.CommandLine;
using System.CommandLine.Parsing;
using ReplOrchestrator.Domain.Catalog;

namespace ReplOrchestrator.Local.Cli;

/// <summary><c>catalog</c>: every error, event and condition ReplOrchestrator knows, as a table or as JSON.</summary>
internal static class CatalogCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the entries as a JSON array instead of a table." };
        var code = new Option<string?>("--code") { Description = "Show one entry in full: causes, probes, steps and links." };
        var product = new Option<Product?>("--product")
        {
            Description = "Only entries of this product (AzureMigrate, HyperVReplica, Monitor).",
            CustomParser = ParseProduct,
        };

        var command = new Command("catalog", "List the error catalog: codes, Microsoft ids, severity, causes and recommended actions.")
        {
            json, code, product,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var entries = Select(parseResult.GetValue(code), parseResult.GetValue(product));
            if (entries is null)
            {
                await parseResult.InvocationConfiguration.Error
                    .WriteLineAsync($"error: the catalog has no entry '{parseResult.GetValue(code)}' (see catalog for the codes)")
                    .ConfigureAwait(false);
                return 1;
            }

            if (parseResult.GetValue(json))
            {
                await CatalogJson.WriteAsync(entries, output, cancellationToken).ConfigureAwait(false);
            }
            else if (parseResult.GetValue(code) is not null)
            {
                CatalogView.WriteEntry(entries[0], output);
            }
            else
            {
                CatalogView.WriteTable(entries, output);
            }

            return 0;
        });
        return command;
    }

    private static Product? ParseProduct(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (Enum.TryParse<Product>(text, ignoreCase: true, out var product) && Enum.IsDefined(product) && !int.TryParse(text, out _))
        {
            return product;
        }

        result.AddError($"'{text}' is not a product; use {string.Join(", ", Enum.GetNames<Product>())}");
        return null;
    }

    private static IReadOnlyList<CatalogEntry>? Select(string? code, Product? product)
    {
        if (code is not null)
        {
            return ErrorCatalog.TryGet(code, out var entry) && (product is null || entry.Product == product) ? [entry] : null;
        }

        return [.. ErrorCatalog.Entries.Where(e => product is null || e.Product == product)];
    }
}
