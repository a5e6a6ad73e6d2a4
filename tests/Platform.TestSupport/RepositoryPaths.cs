namespace Platform.TestSupport;

/// <summary>
/// Where tests find things at run time: the repository root (the folder holding Platform.sln), the team folder beside it
/// (<c>&lt;repo&gt;/../shared</c>, never copied into the repo), the repo's article fixtures and the prebuilt service hosts.
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The team's shared folder beside the repository.</summary>
    public static string TeamShared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SampleArticle => Path.Combine(TeamShared, "seeds", "sample-article.txt");

    /// <summary>The article fixtures that ship in the repo (also used by the README's first command).</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "fixtures", "articles");

    /// <summary>The build configuration the running tests were built in (bin/&lt;Configuration&gt;/net10.0).</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>The prebuilt binary of a service host, e.g. <c>HostDll("ingest", "Platform.Ingest.Host")</c>.</summary>
    public static string HostDll(string service, string project) =>
        Path.Combine(Root, "services", service, project, "bin", Configuration, "net10.0", project + ".dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Platform.sln not found above " + AppContext.BaseDirectory);
    }
}
