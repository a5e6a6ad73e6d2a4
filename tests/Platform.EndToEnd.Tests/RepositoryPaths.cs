namespace Platform.EndToEnd.Tests;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();
    public static string Fixtures => Path.Combine(Root, "tests", "fixtures", "articles");
    public static string SampleArticle => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds", "sample-article.txt"));

    /// <summary>The build configuration these tests were built in (bin/&lt;Configuration&gt;/net10.0).</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

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
