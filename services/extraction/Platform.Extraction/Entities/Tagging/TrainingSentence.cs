namespace Platform.Extraction.Entities.Tagging;

/// <summary>A gold-tagged sentence for training: tokens joined by spaces into Text, one tag per token.</summary>
public sealed class TrainingSentence
{
    public required string DocumentId { get; init; }
    public required string Text { get; init; }
    public required TextToken[] Tokens { get; init; }
    public required int[] Tags { get; init; }
    /// <summary>True for corpora without a MISC class (LitBank): predicting MISC on an O token is not penalised.</summary>
    public bool MiscUnannotated { get; init; }

    public static TrainingSentence FromTokens(string documentId, IReadOnlyList<string> words, IReadOnlyList<int> tags, bool miscUnannotated)
    {
        var builder = new System.Text.StringBuilder();
        var tokens = new TextToken[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0) builder.Append(' ');
            tokens[i] = new TextToken(builder.Length, builder.Length + words[i].Length, i == 0);
            builder.Append(words[i]);
        }
        return new TrainingSentence
        {
            DocumentId = documentId,
            Text = builder.ToString(),
            Tokens = tokens,
            Tags = [.. tags],
            MiscUnannotated = miscUnannotated,
        };
    }
}
