namespace Platform.Extraction.Entities.Coreference;

/// <summary>An entity being assembled: its mentions in text order and the keys other mentions link by.</summary>
public sealed class EntityDraft(EntityKind kind, string key)
{
    public EntityKind Kind { get; set; } = kind;
    public string Key { get; } = key;
    public List<MentionDraft> Mentions { get; } = [];
    public HashSet<string> Surnames { get; } = new(StringComparer.Ordinal);
    public string? LexiconCanonical { get; set; }
    /// <summary>Set for a described official ("a Ministry of Unification official"): the head noun, e.g. "official".</summary>
    public string? OfficialHead { get; set; }
    public string? FixedCanonical { get; set; }

    public int LastStart => Mentions.Count == 0 ? -1 : Mentions.Max(m => m.Start);

    public int FirstStart => Mentions.Count == 0 ? int.MaxValue : Mentions.Min(m => m.Start);

    private string? _sealedCanonical;
    private string? _sealedRole;
    private bool _sealed;

    /// <summary>Fixes canonical name and role once linking of names is done (nominal mentions do not change them).</summary>
    public void Seal()
    {
        _sealed = false;
        _sealedCanonical = Canonical;
        _sealedRole = Role;
        _sealed = true;
    }

    public string? Role => _sealed ? _sealedRole : Mentions.OrderBy(m => m.Start).Select(m => m.Role).FirstOrDefault(r => r is not null);

    public IEnumerable<MentionDraft> Names => Mentions.Where(m => m.MentionKind == "name");

    public string Canonical
    {
        get
        {
            if (_sealed) return _sealedCanonical!;
            if (FixedCanonical is not null) return FixedCanonical;
            if (LexiconCanonical is not null) return LexiconCanonical;
            var names = Names.OrderBy(m => m.Start).ToList();
            if (names.Count == 0) return Mentions[0].Text;
            if (Kind == EntityKind.Organization)
            {
                // The first full name: the first mention with more than one word, else the first mention.
                var full = names.FirstOrDefault(m => m.Text.Contains(' ', StringComparison.Ordinal));
                return (full ?? names[0]).Text;
            }
            // The fullest name: most words, then longest, then first.
            return names.OrderByDescending(m => WordCount(m.Text)).ThenByDescending(m => m.Text.Length).ThenBy(m => m.Start).First().Text;
        }
    }

    private static int WordCount(string text)
    {
        var count = 1;
        foreach (var c in text) if (c == ' ' || c == '-') count++;
        return count;
    }
}
