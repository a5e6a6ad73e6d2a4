using System.Reflection;
using System.Text.Json;
using NetArchTest.Rules;
using Platform.TestSupport;

namespace Platform.Architecture.Tests;

/// <summary>
/// Fails the build's tests when a layer takes a dependency it may not have, checked three ways: the project's restored
/// package graph (what the code could use), the compiled assembly's references (what it does use) and every type's
/// dependencies in IL (which type uses it).
/// </summary>
public sealed class LayeringTests
{
    public static TheoryData<string> Rules() => [.. Layers.All.Select(rule => rule.Project)];

    [Theory]
    [MemberData(nameof(Rules))]
    public void No_type_depends_on_a_forbidden_namespace(string project)
    {
        var rule = Rule(project);
        var result = Types.InAssembly(Load(rule)).ShouldNot().HaveDependencyOnAny([.. rule.Forbidden]).GetResult();

        Assert.True(result.IsSuccessful,
            $"{project} types depend on a forbidden layer ({string.Join(", ", rule.Forbidden)}): "
            + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_assembly_references_no_forbidden_assembly(string project)
    {
        var rule = Rule(project);
        var forbidden = Load(rule).GetReferencedAssemblies()
            .Select(name => name.Name!)
            .Where(name => Matches(name, rule.Forbidden))
            .ToList();

        Assert.True(forbidden.Count == 0, $"{project} references {string.Join(", ", forbidden)}");
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_package_graph_brings_in_no_forbidden_package(string project)
    {
        var rule = Rule(project);
        if (!rule.PackageGraphToo)
        {
            return;
        }
        var assets = Path.Combine(RepositoryPaths.Root, rule.ProjectFolder, "obj", "project.assets.json");
        Assert.True(File.Exists(assets), $"{assets} is missing: restore the solution first");

        var forbidden = PackagesIn(assets).Where(name => Matches(name, rule.Forbidden)).ToList();

        Assert.True(forbidden.Count == 0, $"{project} can reach {string.Join(", ", forbidden)} through its package graph");
    }

    [Fact]
    public void The_contracts_keep_MassTransit_Abstractions_private()
    {
        foreach (var rule in Layers.All.Where(r => r.Project is "Platform.Ingest" or "Platform.Provenance" or "Platform.Extraction"))
        {
            var assets = Path.Combine(RepositoryPaths.Root, rule.ProjectFolder, "obj", "project.assets.json");
            Assert.DoesNotContain("MassTransit.Abstractions", PackagesIn(assets));
        }
    }

    [Fact]
    public void A_rule_that_is_broken_is_reported()
    {
        var messaging = Layers.All.Single(r => r.Project == "Platform.Messaging");
        var result = Types.InAssembly(Load(messaging)).ShouldNot().HaveDependencyOnAny("MassTransit").GetResult();

        Assert.False(result.IsSuccessful);
        Assert.True(Matches("MassTransit.RabbitMqTransport", ["MassTransit"]));
        Assert.False(Matches("Platform.IngestTools", ["Platform.Ingest"]));
    }

    private static LayerRule Rule(string project) => Layers.All.Single(rule => rule.Project == project);

    private static Assembly Load(LayerRule rule) => Assembly.Load(rule.Project);

    private static bool Matches(string name, IEnumerable<string> prefixes) =>
        prefixes.Any(prefix => name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal));

    private static IEnumerable<string> PackagesIn(string assetsFile)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(assetsFile));
        var root = document.RootElement;
        var packages = root.GetProperty("libraries").EnumerateObject()
            .Where(library => library.Value.GetProperty("type").GetString() == "package")
            .Select(library => library.Name.Split('/')[0]);
        var frameworks = root.GetProperty("project").GetProperty("frameworks").EnumerateObject()
            .SelectMany(framework => framework.Value.TryGetProperty("frameworkReferences", out var references)
                ? references.EnumerateObject().Select(reference => reference.Name)
                : []);
        return [.. packages.Concat(frameworks).Distinct()];
    }
}
