using System.Text;
using Platform.Extraction.Entities;
using Platform.Extraction.Entities.Evaluation;

namespace Platform.Extraction.Training;

/// <summary>
/// Turns dev documents into plain bodies (tokens joined by spaces, one sentence a line) with gold PER/ORG/LOC
/// spans, so the whole extractor (tokenizer, tagger, lexicons, rules) is evaluated, not just the tagger.
/// </summary>
public static class DevDocuments
{
    public static List<(string Id, string Body, List<GoldSpan> Gold)> Load(string path, Func<string, bool> filter)
    {
        var result = new List<(string, string, List<GoldSpan>)>();
        foreach (var doc in ConllReader.Read(path).Where(d => filter(d.Id)))
        {
            var body = new StringBuilder();
            var gold = new List<GoldSpan>();
            foreach (var sentence in doc.Sentences)
            {
                if (body.Length > 0) body.Append('\n');
                int spanStart = -1, spanEnd = -1;
                EntityKind? kind = null;
                for (var i = 0; i < sentence.Count; i++)
                {
                    if (i > 0) body.Append(' ');
                    var (token, tag) = sentence[i];
                    var start = body.Length;
                    body.Append(token);
                    if (tag.StartsWith("I-", StringComparison.Ordinal) && kind is not null && tag[2..] == ShortOf(kind.Value))
                    {
                        spanEnd = body.Length;
                        continue;
                    }
                    Close();
                    if (tag.StartsWith("B-", StringComparison.Ordinal) || tag.StartsWith("I-", StringComparison.Ordinal))
                    {
                        kind = tag[2..] switch { "PER" => EntityKind.Person, "ORG" => EntityKind.Organization, "LOC" => EntityKind.Location, _ => null };
                        spanStart = start;
                        spanEnd = body.Length;
                    }
                }
                Close();

                void Close()
                {
                    if (kind is not null) gold.Add(new GoldSpan(spanStart, spanEnd, kind.Value));
                    kind = null;
                }
            }
            result.Add((doc.Id, body.ToString(), gold));
        }
        return result;
    }

    private static string ShortOf(EntityKind kind) => kind.ToShortTag();
}
