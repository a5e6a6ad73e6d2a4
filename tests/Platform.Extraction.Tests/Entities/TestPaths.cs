namespace Platform.Extraction.Tests.Entities;

/// <summary>Paths relative to the test output folder (tests/Platform.Extraction.Tests/bin/Debug/net10.0).</summary>
internal static class TestPaths
{
    public static string Corpus => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Corpus"));

    /// <summary>The team folder sits beside the repository: &lt;repo&gt;/../shared.</summary>
    public static string SampleArticle => RepositoryPaths.SampleArticle;

    /// <summary>The sample's body: lines 3-11, joined by blank lines as paragraphs.</summary>
    public static string SampleBody()
    {
        var lines = File.ReadAllLines(SampleArticle);
        return string.Join("\n\n", lines.Skip(2).Take(9).Select(l => l.Trim()));
    }
}
