namespace Platform.Extraction.Entities.Lexicons;

/// <summary>A case-insensitive set of single words, looked up by span without allocating.</summary>
public sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words.Select(w => w.Replace('\u2019', '\'')), StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _words.Count;

    public IEnumerable<string> Words => _words;

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('\u2019') < 0) return _lookup.Contains(word);
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.CopyTo(buffer);
        buffer.Replace('\u2019', '\'');
        return _lookup.Contains(buffer);
    }

    public bool Contains(string word) => _words.Contains(word);
}
