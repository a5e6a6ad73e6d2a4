namespace Platform.Pipeline.Tests;

/// <summary>Finds the repository root (the folder holding Platform.sln) and the team folder beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();
    public static string Fixtures => Path.Combine(Root, "tests", "fixtures", "articles");
    public static string SampleArticle => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds", "sample-article.txt"));

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
