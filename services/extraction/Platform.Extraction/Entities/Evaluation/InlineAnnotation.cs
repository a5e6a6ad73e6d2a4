using System.Text;

namespace Platform.Extraction.Entities.Evaluation;

/// <summary>
/// Reads the annotated-corpus markup: <c>[Lena Vogt](PER)</c>, with PER, ORG, LOC, NAT. Brackets not followed by
/// "(TYPE)" stay as text ("[Pyongyang]"). Lines starting with "#" before the text are comments.
/// </summary>
public static class InlineAnnotation
{
    public static (string Body, List<GoldSpan> Spans) Parse(string annotated)
    {
        var lines = annotated.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').SkipWhile(l => l.StartsWith('#'));
        var source = string.Join('\n', lines).Trim();
        var body = new StringBuilder(source.Length);
        var spans = new List<GoldSpan>();
        var i = 0;
        while (i < source.Length)
        {
            if (source[i] == '[' && TryReadMarkup(source, i, out var text, out var kind, out var next))
            {
                spans.Add(new GoldSpan(body.Length, body.Length + text.Length, kind));
                body.Append(text);
                i = next;
                continue;
            }
            body.Append(source[i]);
            i++;
        }
        return (body.ToString(), spans);
    }

    private static bool TryReadMarkup(string s, int open, out string text, out EntityKind kind, out int next)
    {
        text = "";
        kind = EntityKind.Person;
        next = open;
        var close = s.IndexOf(']', open + 1);
        if (close < 0 || close + 1 >= s.Length || s[close + 1] != '(') return false;
        var end = s.IndexOf(')', close + 2);
        if (end < 0 || end - close - 2 != 3) return false;
        if (!EntityKindNames.TryParseShortTag(s.Substring(close + 2, 3), out kind)) return false;
        text = s.Substring(open + 1, close - open - 1);
        if (text.Contains('[', StringComparison.Ordinal)) return false;
        next = end + 1;
        return true;
    }
}
