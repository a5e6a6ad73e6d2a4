using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Platform.Contracts;
using Platform.TestSupport;

namespace Platform.Architecture.Tests;

/// <summary>
/// Article text is untrusted: every regular expression the shipped assemblies build must carry a match timeout
/// (<see cref="RegexMatchTimeout"/>), so a pattern that backtracks badly on a hostile line cannot hold a worker. Checked in
/// IL, so it catches constructors, static <c>Regex</c> calls and <c>[GeneratedRegex]</c> alike, in every project under
/// <c>services/</c> and <c>shared/</c> (hosts and the command line included).
/// </summary>
public sealed partial class RegexTimeoutTests
{
    public static TheoryData<string> ShippedProjects()
    {
        var projects = new TheoryData<string>();
        foreach (var folder in new[] { "services", "shared" })
        {
            foreach (var project in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                projects.Add(Path.GetRelativePath(RepositoryPaths.Root, project));
            }
        }
        return projects;
    }

    [Theory]
    [MemberData(nameof(ShippedProjects))]
    public void Every_regex_in_the_assembly_has_a_match_timeout(string project)
    {
        var name = AssemblyNameOf(project);
        var assembly = Path.Combine(RepositoryPaths.Root, Path.GetDirectoryName(project)!, "bin", RepositoryPaths.Configuration, "net10.0", name + ".dll");
        Assert.True(File.Exists(assembly), $"{assembly} is missing: build the solution in {RepositoryPaths.Configuration} first");

        var findings = RegexTimeoutScanner.UsesWithoutTimeout(assembly);

        Assert.True(findings.Count == 0,
            $"{name} builds regexes without a match timeout (use RegexMatchTimeout.PerMatch / PerMatchMilliseconds):\n" + string.Join("\n", findings));
    }

    [Fact]
    public void A_regex_without_a_timeout_is_reported_in_every_form()
    {
        var findings = RegexTimeoutScanner.UsesWithoutTimeout(typeof(UnboundedRegexSamples).Assembly.Location);

        Assert.Contains(findings, f => f.Contains("UnboundedRegexSamples::Constructed", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("UnboundedRegexSamples::StaticCall", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("UnboundedRegexSamples::Generated", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Contains("UnboundedRegexSamples::Bounded", StringComparison.Ordinal));
    }

    [Fact]
    public void Loading_the_contracts_sets_the_process_wide_default_match_timeout()
    {
        RuntimeHelpers.RunModuleConstructor(typeof(RegexMatchTimeout).Module.ModuleHandle);

        Assert.Equal(RegexMatchTimeout.PerMatch, AppContext.GetData(RegexMatchTimeout.DefaultTimeoutSwitch));
    }

    /// <summary>The project's &lt;AssemblyName&gt; (the command line builds <c>platform.dll</c>), else the project's name.</summary>
    private static string AssemblyNameOf(string project)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, project));
        var match = Regex.Match(text, "<AssemblyName>([^<]+)</AssemblyName>", RegexOptions.None, RegexMatchTimeout.PerMatch);
        return match.Success ? match.Groups[1].Value.Trim() : Path.GetFileNameWithoutExtension(project);
    }

    /// <summary>What the scanner must find (three forms without a timeout) and must not (the same forms with one).</summary>
    private static partial class UnboundedRegexSamples
    {
        public static Regex Constructed() => new("a+b");

        public static bool StaticCall(string text) => Regex.IsMatch(text, "a+b");

        [GeneratedRegex("a+b")]
        public static partial Regex Generated();

        public static bool BoundedStaticCall(string text) => Regex.IsMatch(text, "a+b", RegexOptions.None, RegexMatchTimeout.PerMatch);

        [GeneratedRegex("a+b", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
        public static partial Regex BoundedGenerated();
    }
}
