using Platform.Extraction.Entities;
using Platform.Extraction.Entities.Evaluation;

namespace Platform.Extraction.Training;

/// <summary>Scores an extractor on the annotated corpus and on GUM dev (exact span and type).</summary>
public static class Evaluator
{
    public static EntityScorer Corpus(EntityExtractor extractor, string corpusDir)
    {
        var scorer = new EntityScorer();
        foreach (var file in Directory.GetFiles(corpusDir, "*.txt").Order(StringComparer.Ordinal))
        {
            var (body, gold) = InlineAnnotation.Parse(File.ReadAllText(file));
            scorer.Add(gold, Predict(extractor, body, includeNationality: true));
        }
        return scorer;
    }

    public static EntityScorer GumDev(EntityExtractor extractor, string dataDir, bool allowedGenresOnly)
    {
        var scorer = new EntityScorer();
        var docs = DevDocuments.Load(Path.Combine(dataDir, "gum", "dev.txt"), id => !allowedGenresOnly || TrainingData.IsAllowedGum(id));
        foreach (var (_, body, gold) in docs) scorer.Add(gold, Predict(extractor, body, includeNationality: false));
        return scorer;
    }

    public static IEnumerable<GoldSpan> Predict(EntityExtractor extractor, string body, bool includeNationality) =>
        extractor.ExtractNameSpans(body)
            .Where(s => includeNationality || s.Kind != EntityKind.Nationality)
            .Select(s => new GoldSpan(s.Start, s.End, s.Kind));
}
