using Platform.Contracts;
using Platform.Provenance.Detection;

namespace Platform.Provenance.Tests;

public sealed class CorpusTests
{
    private static readonly TranslationProvenanceDetector Detector = new();

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in CorpusCase.Load()) data.Add(c.Name);
        return data;
    }

    private static CorpusCase Case(string name) => CorpusCase.Load().Single(c => c.Name == name);

    [Fact]
    public void Corpus_has_at_least_forty_uniquely_named_cases()
    {
        var cases = CorpusCase.Load();
        Assert.True(cases.Count >= 40, $"only {cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Detects_every_field_of_corpus_case(string name)
    {
        var c = Case(name);
        var p = Detector.Detect(c.ToDocument());
        var e = c.Expect;
        Assert.Multiple(
            () => Assert.Equal(e.IsTranslation, p.IsTranslation),
            () => Assert.Equal(e.NoteKind, p.NoteKind),
            () => Assert.Equal(e.SourcePublication, p.SourcePublication),
            () => Assert.Equal(e.SourceLanguage, p.SourceLanguage),
            () => Assert.Equal(e.SourceLanguageBasis, p.SourceLanguageBasis),
            () => Assert.Equal(e.TargetLanguage ?? c.Article.Language, p.TargetLanguage),
            () => Assert.Equal(e.LanguageTag, p.LanguageTag),
            () => Assert.Equal(e.Method, p.Method),
            () => Assert.Equal(e.Tool, p.Tool),
            () => Assert.Equal(e.HumanEdited, p.HumanEdited),
            () => Assert.Equal(e.Editors, p.Editors),
            () => Assert.Equal(e.Translators, p.Translators),
            () => Assert.Equal(e.Disclosure, p.Disclosure),
            () => Assert.Equal(e.AiActStatus, p.AiAct?.Status),
            () => Assert.Equal(e.Suspicion, p.Suspicion is not null),
            () => Assert.Equal(e.SuspectedSourceLanguage, p.Suspicion?.SuspectedSourceLanguage),
            () => Assert.Equal(TranslationProvenanceDetector.Version, p.DetectorVersion),
            () => Assert.InRange(p.Confidence, 0.0, 1.0));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Evidence_spans_point_at_their_text(string name)
    {
        var doc = Case(name).ToDocument();
        var p = Detector.Detect(doc);
        var all = p.Evidence.Concat(p.Suspicion?.Signals ?? []).Concat(p.AiAct?.Evidence ?? []);
        foreach (var ev in all)
        {
            var container = ev.Location switch
            {
                "note" => doc.Notes[ev.NoteIndex!.Value],
                "headline" => doc.Headline!,
                "outlet" => doc.Outlet!,
                "chrome" => doc.Removed!.First(r => r.Text.Trim() == ev.Text).Text.Trim(),
                _ => doc.Body,
            };
            Assert.Equal(ev.Text, container[ev.Start..ev.End]);
        }
        if (p.IsTranslation == true)
            Assert.Contains(p.Evidence, ev => ev.Kind == "disclosure");
    }
}
