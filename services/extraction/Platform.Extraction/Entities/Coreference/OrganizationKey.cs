namespace Platform.Extraction.Entities.Coreference;

/// <summary>
/// A spelling-independent key for organization names, so "Ministry of Unification" and "Unification Ministry"
/// (head-first "X of Y" versus head-last "Y X") meet: both become "ministry unification".
/// </summary>
public static class OrganizationKey
{
    public static string For(string name, Func<string, bool> isHead, Func<string, bool>? isLegalSuffix = null)
    {
        var words = name.Replace('\u2019', '\'').Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.Equals("the", StringComparison.OrdinalIgnoreCase))
            .ToList();
        // "Hyundai Motor Co." and "Hyundai Motor" are one company.
        while (words.Count > 1 && isLegalSuffix is not null && isLegalSuffix(words[^1])) words.RemoveAt(words.Count - 1);
        if (words.Count >= 3 && isHead(words[0]) && words[1].Equals("of", StringComparison.OrdinalIgnoreCase))
            return Join(words[0], words.Skip(2));
        if (words.Count >= 2 && isHead(words[^1]))
            return Join(words[^1], words.Take(words.Count - 1));
        return string.Join(' ', words).ToLowerInvariant();
    }

    private static string Join(string head, IEnumerable<string> rest) =>
        (head + " " + string.Join(' ', rest.Where(w => !w.Equals("of", StringComparison.OrdinalIgnoreCase)))).ToLowerInvariant();

    /// <summary>Initials of the capitalised words: "International Monetary Fund" -> "IMF".</summary>
    public static string Initials(string name)
    {
        var letters = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0]))
            .Select(w => w[0]);
        return string.Concat(letters);
    }
}
