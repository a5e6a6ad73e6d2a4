namespace Platform.Architecture.Tests;

/// <summary>
/// One layer's rule: the project (folder under the repository root, and the assembly it builds) and the dependencies it may
/// not have. A dependency is named by prefix: a NuGet package id prefix for the package graph, an assembly name prefix for
/// assembly references, a namespace prefix for the types.
/// </summary>
public sealed record LayerRule(string Project, string ProjectFolder, IReadOnlyList<string> Forbidden, bool PackageGraphToo)
{
    public override string ToString() => Project;
}
