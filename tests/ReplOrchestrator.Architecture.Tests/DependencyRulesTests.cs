using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ReplOrchestrator.Architecture.Tests;

/// <summary>
/// Dependencies point inward (DESIGN.md, "Projects"). The rules are read off the built assemblies'
/// metadata, so a reference that is declared but unused does not count and one that is used does.
/// </summary>
public sealed class DependencyRulesTests
{
    // Which of our own assemblies each assembly may reference. Anything of ours not listed here fails.
    private static readonly Dictionary<string, string[]> s_allowed = new(StringComparer.Ordinal)
    {
        ["ReplOrchestrator.Domain"] = [],
        ["ReplOrchestrator.Engine"] = [],
        ["ReplOrchestrator.Workflows"] = ["ReplOrchestrator.Domain"],
        ["ReplOrchestrator.Api"] = ["ReplOrchestrator.Domain", "ReplOrchestrator.Workflows"],
        ["ReplOrchestrator.Functions"] = ["ReplOrchestrator.Domain", "ReplOrchestrator.Workflows", "ReplOrchestrator.Api"],
        // The local host composes agents for `demo --agents` (EmbeddedAgent), as it composes the server: a root may know another.
        ["ReplOrchestrator.Local"] = ["ReplOrchestrator.Domain", "ReplOrchestrator.Workflows", "ReplOrchestrator.Api", "ReplOrchestrator.Engine", "ReplOrchestrator.Agent"],
        ["ReplOrchestrator.Agent"] = ["ReplOrchestrator.Domain"],
    };

    // What orchestrators and activities may be written against: the SDK's authoring and client types, and
    // the abstractions through which a host hands them logging and its stopping token.
    private static readonly HashSet<string> s_workflowPackages = new(StringComparer.Ordinal)
    {
        "Microsoft.DurableTask.Abstractions",
        "Microsoft.DurableTask.Client",
        "Microsoft.Extensions.Hosting.Abstractions",
        "Microsoft.Extensions.Logging.Abstractions",
    };

    public static TheoryData<string> ProductAssemblies()
    {
        var data = new TheoryData<string>();
        foreach (var name in FindProductAssemblies())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void ProductAssemblies_AreAllCoveredByARule()
    {
        var unknown = FindProductAssemblies().Where(name => !s_allowed.ContainsKey(name)).ToList();
        unknown.ShouldBeEmpty("every product assembly needs a dependency rule in this test");
        FindProductAssemblies().ShouldContain("ReplOrchestrator.Domain");
    }

    [Theory]
    [MemberData(nameof(ProductAssemblies))]
    public void Assembly_ReferencesOnlyAllowedProjects(string assemblyName)
    {
        var ours = ReadReferences(assemblyName).Where(IsProductAssembly).ToList();

        ours.Except(s_allowed[assemblyName]).ShouldBeEmpty($"{assemblyName} may reference only: {string.Join(", ", s_allowed[assemblyName])}");
    }

    [Fact]
    public void Domain_ReferencesOnlyTheBaseClassLibrary()
    {
        var references = ReadReferences("ReplOrchestrator.Domain");

        references.Where(r => !IsBaseClassLibrary(r)).ShouldBeEmpty();
    }

    [Fact]
    public void Workflows_KnowOnlyTheDurableTaskAbstractions_NotHttpStorageOrAHost()
    {
        var references = ReadReferences("ReplOrchestrator.Workflows");

        references.ShouldAllBe(r => IsBaseClassLibrary(r) || r == "ReplOrchestrator.Domain" || s_workflowPackages.Contains(r));
        references.ShouldContain("Microsoft.DurableTask.Abstractions");
    }

    [Fact]
    public void Engine_RunsMicrosoftsSdk_AndKnowsNoWorkflow()
    {
        var references = ReadReferences("ReplOrchestrator.Engine");

        references.ShouldContain("Microsoft.DurableTask.Worker.Grpc");
        references.ShouldContain("Microsoft.DurableTask.Client");
        references.Where(IsProductAssembly).ShouldBeEmpty();
    }

    // Hosts are composition roots. One root may compose another: the local host's demo runs real agents in its own
    // process (the demo is a composition root for agents too), so the agent may be referenced by the local host and by
    // nothing else; no library ever references a host, and no host references Local or Functions.
    [Fact]
    public void NothingReferencesAHost_ExceptTheLocalHostComposingAgents()
    {
        foreach (var name in FindProductAssemblies())
        {
            ReadReferences(name).ShouldNotContain("ReplOrchestrator.Local", $"{name} references the Local host");
            ReadReferences(name).ShouldNotContain("ReplOrchestrator.Functions", $"{name} references the Functions host");
            if (name != "ReplOrchestrator.Local")
            {
                ReadReferences(name).ShouldNotContain("ReplOrchestrator.Agent", $"{name} references the appliance agent");
            }
        }

        ReadReferences("ReplOrchestrator.Local").ShouldContain("ReplOrchestrator.Agent", "the demo composes real agents; if it stops, tighten this rule again");
    }

    [Fact]
    public void Agent_SpeaksTheContractThroughDomainAlone_WithoutTheServersStack()
    {
        var references = ReadReferences("ReplOrchestrator.Agent");

        references.ShouldContain("ReplOrchestrator.Domain");
        references.ShouldNotContain(r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || r.StartsWith("Microsoft.DurableTask", StringComparison.Ordinal) || r.StartsWith("Azure.", StringComparison.Ordinal));
    }

    private static bool IsProductAssembly(string name) =>
        name.StartsWith("ReplOrchestrator.", StringComparison.Ordinal);

    private static bool IsBaseClassLibrary(string name) =>
        name is "netstandard" or "mscorlib" || name.StartsWith("System", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.Win32", StringComparison.Ordinal);

    private static IEnumerable<string> FindProductAssemblies() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "ReplOrchestrator.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => !name.EndsWith(".Tests", StringComparison.Ordinal) && name != "ReplOrchestrator.TestUtilities")
            .Order(StringComparer.Ordinal);

    private static List<string> ReadReferences(string assemblyName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
            .ToList();
    }
}
