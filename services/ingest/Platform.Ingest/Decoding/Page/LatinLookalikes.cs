namespace Platform.Ingest.Decoding.Page;

/// <summary>
/// Folds Greek and Cyrillic letters that look like Latin ones ("Ρhoto" with a Greek Rho, "Phоto" with a Cyrillic o)
/// to their Latin twins inside words that are otherwise Latin, so a caption label or a menu word is recognised whatever
/// keyboard or converter produced it. Used only to classify lines; the text itself is kept as written (a mixed-script
/// word is evidence for the provenance detector's suspicion signals).
/// </summary>
public static class LatinLookalikes
{
    private static readonly Dictionary<char, char> Twins = new()
    {
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M', ['Ν'] = 'N',
        ['Ο'] = 'O', ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X', ['ο'] = 'o', ['ν'] = 'v', ['ρ'] = 'p',
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O', ['Р'] = 'P', ['С'] = 'C',
        ['Т'] = 'T', ['Х'] = 'X', ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x',
        ['і'] = 'i', ['ј'] = 'j', ['ѕ'] = 's',
    };

    /// <summary>The text with lookalikes folded in every word that has more Latin letters than others; unchanged otherwise.</summary>
    public static string Fold(string text)
    {
        if (!text.Any(Twins.ContainsKey)) return text;
        var chars = text.ToCharArray();
        var start = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && char.IsLetter(chars[i])) continue;
            int latin = 0, twins = 0;
            for (var k = start; k < i; k++)
            {
                if (chars[k] < '\u0250') latin++;
                else if (Twins.ContainsKey(chars[k])) twins++;
            }
            if (latin > 0 && twins > 0 && latin >= twins)
                for (var k = start; k < i; k++)
                    if (Twins.TryGetValue(chars[k], out var twin)) chars[k] = twin;
            start = i + 1;
        }
        return new string(chars);
    }
}
