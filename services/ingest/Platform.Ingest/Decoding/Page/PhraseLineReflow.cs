using System.Text.RegularExpressions;
using Platform.Ingest.Decoding.Text;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Page;

/// <summary>
/// Puts back the paragraphs of text copied out of a PDF or a print layout, where every line is a phrase of a narrow
/// column ("one phrase per line"): lines of a paragraph are joined (a word broken with a hyphen at a line end is mended),
/// a paragraph ends at a short line that closes a sentence, and lines that stand alone in such a layout stay alone:
/// meta and credit lines, running heads and page counters, lines in capitals, a headline set wider than the column,
/// and a title broken over several short title-case lines (joined into one).
/// </summary>
public static partial class PhraseLineReflow
{
    /// <summary>At least this many non-blank lines before a page is read as phrase-per-line.</summary>
    public const int MinimumLines = 15;
    /// <summary>The median line of such a layout is at most this many characters (a narrow column or a page wrapped at a
    /// fixed width: the run-on lines, not the width, mark the layout).</summary>
    public const int MaximumMedianLength = 80;
    /// <summary>At least this share of lines ends without closing a sentence.</summary>
    public const double MinimumOpenShare = 0.55;
    /// <summary>At least this share of lines runs on into a next line that starts in lower case.</summary>
    public const double MinimumRunOnShare = 0.2;

    public static IReadOnlyList<string>? TryReflow(IReadOnlyList<string> rawLines)
    {
        var lines = rawLines.Select(l => l.TrimEnd()).ToList();
        var content = lines.Where(l => l.Trim().Length > 0).ToList();
        if (content.Count < MinimumLines) return null;
        var lengths = content.Select(l => l.Trim().Length).OrderBy(n => n).ToList();
        var median = lengths[lengths.Count / 2];
        if (median > MaximumMedianLength) return null;
        var open = content.Count(l => !SentenceEnd().IsMatch(l.Trim())) / (double)content.Count;
        var blanks = lines.Count - content.Count;
        if (open < MinimumOpenShare || blanks > content.Count / 4) return null;
        // The mark of a column: sentences run on from one line to the next ("...has carried" / "tractors, cows").
        var runOn = 0;
        for (var i = 0; i + 1 < content.Count; i++)
        {
            var a = content[i].Trim();
            var b = content[i + 1].Trim();
            if (!SentenceEnd().IsMatch(a) && b.Length > 0 && char.IsLower(b[0])) runOn++;
        }
        if (runOn < content.Count * MinimumRunOnShare) return null;
        var width = lengths[(int)(lengths.Count * 0.9)];

        var result = new List<string>();
        var paragraph = "";
        var title = "";
        void Flush()
        {
            if (title.Length > 0) result.Add(title);
            if (paragraph.Length > 0) result.Add(paragraph);
            title = "";
            paragraph = "";
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = Furniture().Replace(lines[i], "").Trim();
            line = Spaces().Replace(line, " ");
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            var next = NextText(lines, i);
            if (StandsAlone(line, median))
            {
                Flush();
                result.Add(line);
                continue;
            }
            if (paragraph.Length == 0 && IsTitleFragment(line) && (next is null || !char.IsLower(next[0]) || IsTitleFragment(next)))
            {
                title = title.Length == 0 ? line : title + " " + line;
                continue;
            }
            if (title.Length > 0)
            {
                result.Add(title);
                title = "";
            }
            // A line joins the paragraph when it starts in lower case, or when the paragraph stops on a comma, a dash or
            // a lower-case word ("...the" / "Nordic Seagrass Trust said"); otherwise it opens a new one (a headline above
            // its standfirst, a label above a name).
            var joins = paragraph.Length > 0 && (char.IsLower(line[0]) || (OpenEnd().IsMatch(paragraph) && !BareName().IsMatch(line)));
            if (paragraph.Length > 0 && !joins)
            {
                result.Add(paragraph);
                paragraph = "";
            }
            paragraph = paragraph.Length == 0 ? line
                : BrokenWord().IsMatch(paragraph) && char.IsLower(line[0]) ? paragraph[..^1] + line
                : paragraph + " " + line;
            // A sentence that ends on a short line, or before an opening quotation, closes the paragraph.
            if (SentenceEnd().IsMatch(line) && (line.Length < width * 0.75 || next is null || next[0] is '"' or '“' or '«' or '„'))
            {
                result.Add(paragraph);
                paragraph = "";
            }
        }
        Flush();
        return result;
    }

    private static string? NextText(List<string> lines, int i)
    {
        for (var k = i + 1; k < lines.Count; k++)
        {
            var t = Furniture().Replace(lines[k], "").Trim();
            if (t.Length > 0) return t;
        }
        return null;
    }

    private static bool StandsAlone(string line, int median)
    {
        var (kind, _) = TextArticleParser.ClassifyLine(line);
        if (kind != LineKind.Content) return true;
        if (line.Length <= 60 && Time.DateTextParser.Parse(line) is not null) return true;   // "Aarhus, 10 June 2024"
        if (line.Length > median * 1.4 && !SentenceEnd().IsMatch(line)) return true;   // a headline set wider than the column
        var letters = line.Where(char.IsLetter).ToList();
        return letters.Count >= 2 && letters.All(char.IsUpper);                        // a kicker, dateline or masthead
    }

    /// <summary>A short line of title-case words with no sentence end ("The Last", "Ferryman", "of Milsko").</summary>
    private static bool IsTitleFragment(string line)
    {
        if (SentenceEnd().IsMatch(line) || line.EndsWith(',')) return false;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 4 && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || MinorWord().IsMatch(w))
               && !MinorWord().IsMatch(words[^1].ToLowerInvariant());
    }

    [GeneratedRegex(@"[.!?…][""”’')\]]*$|[.!?…]\s*[¹²³⁴⁵⁶⁷⁸⁹⁰*†]+$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\p{Ll}-$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex BrokenWord();

    // A line that stops on a comma or dash, or on a word that cannot end a sentence (an article, preposition,
    // conjunction or speech verb), runs on into the next even when that starts with a capital ("... the" / "Nordic").
    [GeneratedRegex(@"(?:[,;:–—-][""”’]?|\b(?:the|a|an|of|to|in|on|at|for|with|from|by|and|or|but|that|than|as|said|says|told|according|near|into|about|after|before|between|under|over|via|is|are|was|were|has|have|had)|\b(?:the|a|an|of|to|in|on|at|for|with|from|by|and|or|but|that|than|as|said|says|told|into|about)\s+\p{Ll}+)$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex OpenEnd();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex BareName();

    // Page furniture: "1 / 2", "— 3 —", a page number after a wide gap at either end of a running head.
    [GeneratedRegex(@"^\s*\d{1,4}\s*/\s*\d{1,4}\s*$|^\s*[—–-]\s*\d{1,4}\s*[—–-]\s*$|\s{3,}\d{1,4}\s*$|^\s*\d{1,4}\s{3,}", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"\s{2,}", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:a|an|the|of|in|on|for|and|to|at|by|with|from|as|or)$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex MinorWord();
}
