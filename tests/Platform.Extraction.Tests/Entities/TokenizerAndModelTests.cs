using Platform.Extraction.Entities.Evaluation;
using Platform.Extraction.Entities.Tagging;

namespace Platform.Extraction.Tests.Entities;

public sealed class TokenizerAndModelTests
{
    private static string[] Words(string text) => NewsTokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [Fact]
    public void Splits_hyphens_and_possessives_but_keeps_abbreviations()
    {
        Assert.Equal(["Mr.", "Kim", "Jong", "-", "un", "\u2019s", "U.S.", "visit", "cost", "$", "6,000", "."],
            Words("Mr. Kim Jong-un\u2019s U.S. visit cost $6,000."));
    }

    [Fact]
    public void Marks_sentence_starts_after_full_stops_and_line_breaks()
    {
        const string text = "He left. She stayed\nThey met J. Smith there.";
        var starts = NewsTokenizer.Tokenize(text).Where(t => t.SentenceStart).Select(t => text[t.Start..t.End]);
        Assert.Equal(["He", "She", "They"], starts);
    }

    [Fact]
    public void Model_survives_a_save_and_load_round_trip()
    {
        var model = new PerceptronModel(10);
        model.Weights[5] = 1.5f;
        model.Weights[900] = -0.25f;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = PerceptronModel.Load(stream);
        Assert.Equal(10, loaded.BucketBits);
        Assert.Equal(1.5f, loaded.Weights[5]);
        Assert.Equal(-0.25f, loaded.Weights[900]);
        Assert.Equal(0f, loaded.Weights[6]);
    }

    [Fact]
    public void Inline_markup_gives_body_and_offsets()
    {
        var (body, spans) = InlineAnnotation.Parse("# comment\n[Lena Vogt](PER) met [Seoul](LOC) officials in [Pyongyang] today.");
        Assert.Equal("Lena Vogt met Seoul officials in [Pyongyang] today.", body);
        Assert.Equal(2, spans.Count);
        Assert.Equal("Seoul", body[spans[1].Start..spans[1].End]);
    }

    [Fact]
    public void Scorer_counts_exact_span_and_type_only()
    {
        var scorer = new EntityScorer();
        scorer.Add(
            [new GoldSpan(0, 4, Platform.Extraction.Entities.EntityKind.Person), new GoldSpan(10, 15, Platform.Extraction.Entities.EntityKind.Location)],
            [new GoldSpan(0, 4, Platform.Extraction.Entities.EntityKind.Person), new GoldSpan(10, 14, Platform.Extraction.Entities.EntityKind.Location)]);
        var (p, r, f, _) = scorer.Score(Platform.Extraction.Entities.EntityKind.Person, Platform.Extraction.Entities.EntityKind.Location);
        Assert.Equal(0.5, p);
        Assert.Equal(0.5, r);
        Assert.Equal(0.5, f);
    }
}
