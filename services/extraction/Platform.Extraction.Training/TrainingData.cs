using Platform.Extraction.Entities.Tagging;

namespace Platform.Extraction.Training;

/// <summary>
/// Selects the training documents allowed by the dataset README: GUM news, interview, academic and court
/// (CC BY) plus LitBank (CC BY, no MISC class: MISC guesses on its O tokens are not penalised).
/// </summary>
public static class TrainingData
{
    public static readonly string[] AllowedGumPrefixes = ["GUM_news_", "GUM_interview_", "GUM_academic_", "GUM_court_"];

    public static bool IsAllowedGum(string id) => AllowedGumPrefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal));

    public static List<TrainingSentence> LoadDev(string dataDir) =>
        ConllReader.Read(Path.Combine(dataDir, "gum", "dev.txt")).Where(d => IsAllowedGum(d.Id))
            .SelectMany(d => d.Sentences.Select(s => TrainingSentence.FromTokens(d.Id, s.Select(t => t.Token).ToList(), s.Select(t => NerTags.Parse(t.Tag)).ToList(), false)))
            .ToList();

    public static List<TrainingSentence> Load(string dataDir, bool includeLitBank)
    {
        var sentences = new List<TrainingSentence>();
        foreach (var doc in ConllReader.Read(Path.Combine(dataDir, "gum", "train.txt")).Where(d => IsAllowedGum(d.Id)))
            Add(doc, false);
        if (includeLitBank)
            foreach (var doc in ConllReader.Read(Path.Combine(dataDir, "litbank", "train.txt")))
                Add(doc, true);
        return sentences;

        void Add(ConllDocument doc, bool miscUnannotated)
        {
            foreach (var s in doc.Sentences)
                sentences.Add(TrainingSentence.FromTokens(doc.Id, s.Select(t => t.Token).ToList(), s.Select(t => NerTags.Parse(t.Tag)).ToList(), miscUnannotated));
        }
    }
}
