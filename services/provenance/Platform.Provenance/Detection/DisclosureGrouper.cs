namespace Platform.Provenance.Detection;

/// <summary>
/// Joins classified sentences into groups: a disclosure sentence opens a group; following disclosure or continuation
/// sentences join it when adjacent (same note/paragraph, or the first sentence of the next short note/paragraph).
/// Quote credits, audio notes, slogans and topic mentions stay single.
/// </summary>
public static class DisclosureGrouper
{
    private const int MaxFollowOnWords = 40;

    /// <param name="items">Classified sentences in reading order.</param>
    /// <param name="containerText">The whole note (for a note sentence) or the whole Body (for a body sentence).</param>
    /// <param name="containerWords">The number of words in the sentence's note or paragraph.</param>
    public static List<DisclosureGroup> Group(IReadOnlyList<(TextSentence Sentence, SentenceKind Kind)> items,
        Func<TextSentence, string> containerText, Func<TextSentence, int> containerWords)
    {
        var groups = new List<DisclosureGroup>();
        var current = new List<(TextSentence Sentence, SentenceKind Kind)>();

        void Close()
        {
            if (current.Count > 0) groups.Add(Build(current, containerText));
            current = [];
        }

        foreach (var item in items)
        {
            switch (item.Kind)
            {
                case SentenceKind.Translation or SentenceKind.LearnedDisclosure or SentenceKind.Origin or SentenceKind.OriginalLink or SentenceKind.OriginalStatement or SentenceKind.AiGeneration:
                    if (current.Count > 0 && Adjacent(current[^1].Sentence, item.Sentence, containerWords)) current.Add(item);
                    else { Close(); current.Add(item); }
                    break;
                case SentenceKind.Continuation:
                    if (current.Count > 0 && Adjacent(current[^1].Sentence, item.Sentence, containerWords)) current.Add(item);
                    else Close();
                    break;
                case SentenceKind.QuoteTranslation or SentenceKind.Audio or SentenceKind.SiteSlogan or SentenceKind.Topic:
                    Close();
                    current.Add(item);
                    Close();
                    break;
                default:
                    Close();
                    break;
            }
        }
        Close();
        return groups;
    }

    private static bool Adjacent(TextSentence previous, TextSentence next, Func<TextSentence, int> containerWords)
    {
        if (previous.Location != next.Location) return false;
        if (previous.Container == next.Container) return true; // sentences arrive in order, with no unrelated one between
        if (next.Container != previous.Container + 1 || !previous.LastInContainer || !next.FirstInContainer) return false;
        if (next.Location == "note") return true;
        return containerWords(next) <= MaxFollowOnWords;
    }

    private static DisclosureGroup Build(List<(TextSentence Sentence, SentenceKind Kind)> items, Func<TextSentence, string> containerText)
    {
        var pieces = new List<TextPiece>();
        foreach (var run in items.GroupBy(i => (i.Sentence.Location, i.Sentence.Container)))
        {
            var first = run.First().Sentence;
            var last = run.Last().Sentence;
            var text = containerText(first);
            pieces.Add(new TextPiece(text[first.Start..last.End], first.Location, first.NoteIndex, first.Start, last.End));
        }
        pieces = TrimDecoration(pieces);
        return new DisclosureGroup(items.Select(i => i.Sentence).ToList(), items.Select(i => i.Kind).ToList(), pieces);
    }

    private const string LeadingMarks = "*_†‡■□▶►•·※◆◇○●>–—-";

    /// <summary>Drops decorative marks and enclosing brackets at the outer edges of a group, keeping offsets exact.</summary>
    private static List<TextPiece> TrimDecoration(List<TextPiece> pieces)
    {
        var first = pieces[0];
        var s = 0;
        while (s < first.Text.Length && (LeadingMarks.Contains(first.Text[s]) || char.IsWhiteSpace(first.Text[s]))) s++;
        var opener = s < first.Text.Length && first.Text[s] is '(' or '[' ? first.Text[s] : '\0';
        if (opener != '\0') s++;
        pieces[0] = Slice(first, s, first.Text.Length);

        var last = pieces[^1];
        var e = last.Text.Length;
        while (e > 0 && (last.Text[e - 1] is '*' or '_' || char.IsWhiteSpace(last.Text[e - 1]))) e--;
        if (opener != '\0')
        {
            var closer = opener == '(' ? ')' : ']';
            if (e > 0 && last.Text[e - 1] == '.' && e > 1 && last.Text[e - 2] == closer) e -= 2;
            else if (e > 0 && last.Text[e - 1] == closer) e--;
        }
        pieces[^1] = Slice(last, 0, e);
        return pieces;
    }

    private static TextPiece Slice(TextPiece p, int from, int to) =>
        p with { Text = p.Text[from..to].Trim(), Start = p.Start + from + (p.Text[from..to].Length - p.Text[from..to].TrimStart().Length), End = p.Start + from + p.Text[from..to].TrimEnd().Length };
}
