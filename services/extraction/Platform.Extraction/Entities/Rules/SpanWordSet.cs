namespace Platform.Extraction.Entities.Rules;

/// <summary>A fixed word set that answers for a token's characters without allocating a string.</summary>
internal sealed class SpanWordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SpanWordSet(StringComparer comparer, IEnumerable<string> words) =>
        _lookup = new HashSet<string>(words, comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
