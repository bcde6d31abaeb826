namespace ReplOrchestrator.Infra.Tests.Bicep;

public sealed class BicepDocumentTests
{
    private const string Sample = """
        targetScope = 'resourceGroup'

        import { tagsType } from 'shared/types.bicep'

        // A comment with { braces } and 'quotes' that must not confuse the reader.
        @description('Required. Name with a } brace.')
        @minLength(3)
        param name string

        @sys.description('Optional. Sizes.')
        @allowed([
          512
          2048
        ])
        param size int = 2048

        param tags tagsType = { a: 'b', c: 'd' }

        var names = {
          storage: take('${abbrs.storage}${replace(env, '-', '')}', 24)
        }

        /* block
           comment */
        resource st 'Microsoft.Storage/storageAccounts@2025-06-01' = {
          name: name
          tags: tags
          properties: {
            allowSharedKeyAccess: false
            networkAcls: { defaultAction: 'Allow', bypass: 'AzureServices' }
          }
          resource blob 'blobServices' = {
            name: 'default'
          }
        }

        resource ra 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for id in ids: if (enabled) {
          name: guid(st.id, id, 'x')
          properties: {
            description: 'Reader: it\'s fine'
          }
        }]

        resource old 'Microsoft.Web/sites@2025-03-01' existing = if (useOld) {
          name: 'x'
        }

        module mod 'modules/thing.bicep' = {
          name: 'thing'
          scope: resourceGroup(
            'a',
            'b'
          )
          params: {
            '${name}': {}
            plain: size
          }
        }

        @description('The name.')
        output stName string = st.name
        """;

    private static readonly BicepDocument s_doc = BicepDocument.Parse("sample.bicep", Sample);

    [Fact]
    public void Parse_Parameters_ReadNameTypeDefaultAndDecorators()
    {
        s_doc.Parameters.Select(p => (p.Name, p.Type)).ShouldBe([("name", "string"), ("size", "int"), ("tags", "tagsType")]);
        s_doc.Parameters[0].Description.ShouldBe("Required. Name with a } brace.");
        s_doc.Parameters[0].Default.ShouldBeNull();
        s_doc.Parameters[1].Description.ShouldBe("Optional. Sizes.");
        s_doc.Parameters[1].Decorators.Select(d => d.Name).ShouldBe(["description", "allowed"]);
        s_doc.Parameters[1].Default!.Raw.ShouldBe("2048");
        s_doc.Parameters[2].Default!.Object!["c"]!.StringLiteral.ShouldBe("d");
        s_doc.Parameters[0].Where.ShouldBe("sample.bicep:8");
    }

    [Fact]
    public void Parse_Resources_IncludeNestedConditionalLoopedAndExisting()
    {
        s_doc.Resources.Select(r => (r.Symbol, r.TypeAndVersion, r.IsExisting)).ShouldBe(
        [
            ("st", "Microsoft.Storage/storageAccounts@2025-06-01", false),
            ("blob", "Microsoft.Storage/storageAccounts/blobServices@2025-06-01", false),
            ("ra", "Microsoft.Authorization/roleAssignments@2022-04-01", false),
            ("old", "Microsoft.Web/sites@2025-03-01", true),
        ]);
    }

    [Fact]
    public void Parse_ResourceBody_ReadsNestedPropertiesAndStrings()
    {
        var storage = s_doc.Resources[0].Body;
        storage.At("properties.allowSharedKeyAccess")!.Raw.ShouldBe("false");
        storage.At("properties.networkAcls.bypass")!.StringLiteral.ShouldBe("AzureServices");
        storage["tags"]!.Raw.ShouldBe("tags");
        s_doc.Resources[2].Body.At("properties.description")!.StringLiteral.ShouldBe(@"Reader: it\'s fine");
        s_doc.Resources[2].Body["name"]!.Raw.ShouldBe("guid(st.id, id, 'x')");
    }

    [Fact]
    public void Parse_StringWithNestedQuotesInInterpolation_StaysOneValue()
    {
        s_doc.Variables.Single().Value.Object!["storage"]!.Raw
            .ShouldBe("take('${abbrs.storage}${replace(env, '-', '')}', 24)");
    }

    [Fact]
    public void Parse_Module_ReadsPathAndParamsIncludingQuotedKeys()
    {
        var module = s_doc.Modules.Single();
        module.Path.ShouldBe("modules/thing.bicep");
        module.Params.Properties.Select(p => p.Key).ShouldBe(["${name}", "plain"]);
        module.Body["scope"]!.Raw.ShouldStartWith("resourceGroup(");
    }

    [Fact]
    public void Parse_ImportsAndOutputs_AreRead()
    {
        s_doc.Imports.Single().ShouldSatisfyAllConditions(
            i => i.Names.ShouldBe(["tagsType"]),
            i => i.Path.ShouldBe("shared/types.bicep"));
        s_doc.Outputs.Single().ShouldSatisfyAllConditions(
            o => o.Name.ShouldBe("stName"),
            o => o.Type.ShouldBe("string"),
            o => o.Value.Raw.ShouldBe("st.name"));
    }

    [Fact]
    public void Parse_UnknownStatement_ThrowsWithLocation()
    {
        Should.Throw<FormatException>(() => BicepDocument.Parse("x.bicep", "param a string\nbogus thing\n"))
            .Message.ShouldStartWith("x.bicep:2:");
    }

    [Fact]
    public void ParamFile_ReadsUsingAndAssignments()
    {
        var doc = BicepParamDocument.Parse("p.bicepparam", """
            using 'main.bicep'

            // comment
            param a = 'x'
            param list = [
              'one'
              'two'
            ]
            """);

        doc.UsingPath.ShouldBe("main.bicep");
        doc.UsingIsFirst.ShouldBeTrue();
        doc.Assignments.Keys.ShouldBe(["a", "list"]);
        doc.Assignments["list"].Items!.Select(i => i.StringLiteral).ShouldBe(["one", "two"]);
    }

    [Fact]
    public void ParamFile_UsingNotFirst_IsReported()
    {
        BicepParamDocument.Parse("p.bicepparam", "param a = 1\nusing 'main.bicep'\n").UsingIsFirst.ShouldBeFalse();
    }
}
