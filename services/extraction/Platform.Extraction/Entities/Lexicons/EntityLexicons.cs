using System.Reflection;

namespace Platform.Extraction.Entities.Lexicons;

/// <summary>
/// The lexicons shipped as embedded resources (Entities/Resources/*.txt): gazetteers of countries, cities,
/// regions, organizations and nationalities, plus word lists for titles, honorifics, organization heads,
/// given names and East Asian family names. See services/extraction/ENTITIES.md.
/// </summary>
public sealed class EntityLexicons
{
    public required PhraseGazetteer Gazetteer { get; init; }
    /// <summary>Alias (any spelling in a gazetteer line) to the canonical (first) spelling.</summary>
    public required IReadOnlyDictionary<string, string> CanonicalByAlias { get; init; }
    public required WordSet Titles { get; init; }
    public required WordSet TitleModifiers { get; init; }
    public required WordSet Honorifics { get; init; }
    public required WordSet OrganizationHeads { get; init; }
    public required WordSet OrganizationSuffixes { get; init; }
    public required WordSet LocationHeads { get; init; }
    public required WordSet GivenNames { get; init; }
    public required WordSet EastAsianFamilyNames { get; init; }
    public required WordSet NameParticles { get; init; }
    public required WordSet FamilyNamePrefixes { get; init; }
    public required WordSet NameSuffixes { get; init; }
    public required WordSet KinshipNouns { get; init; }
    public required WordSet IslandNations { get; init; }
    public required WordSet CapitalizedNonNames { get; init; }

    private Dictionary<string, Tagging.TokenFlags>.AlternateLookup<ReadOnlySpan<char>> _flagLookup;

    /// <summary>All word-list memberships of a word in one case-insensitive lookup (the hot path of feature extraction).</summary>
    public Tagging.TokenFlags WordFlags(ReadOnlySpan<char> word) =>
        _flagLookup.TryGetValue(word, out var flags) ? flags : Tagging.TokenFlags.None;

    private EntityLexicons Freeze()
    {
        _flagLookup = BuildFlagLookup();
        return this;
    }

    private Dictionary<string, Tagging.TokenFlags>.AlternateLookup<ReadOnlySpan<char>> BuildFlagLookup()
    {
        var map = new Dictionary<string, Tagging.TokenFlags>(StringComparer.OrdinalIgnoreCase);
        void Add(WordSet set, Tagging.TokenFlags flag)
        {
            foreach (var w in set.Words)
            {
                map.TryGetValue(w, out var f);
                map[w] = f | flag;
            }
        }
        Add(GivenNames, Tagging.TokenFlags.GivenName);
        Add(EastAsianFamilyNames, Tagging.TokenFlags.EastAsianFamilyName);
        Add(Titles, Tagging.TokenFlags.Title);
        Add(TitleModifiers, Tagging.TokenFlags.TitleModifier);
        Add(Honorifics, Tagging.TokenFlags.Honorific);
        Add(OrganizationHeads, Tagging.TokenFlags.OrganizationHead);
        Add(OrganizationSuffixes, Tagging.TokenFlags.OrganizationSuffix);
        Add(LocationHeads, Tagging.TokenFlags.LocationHead);
        Add(NameParticles, Tagging.TokenFlags.NameParticle);
        Add(FamilyNamePrefixes, Tagging.TokenFlags.FamilyNamePrefix);
        Add(NameSuffixes, Tagging.TokenFlags.NameSuffix);
        Add(CapitalizedNonNames, Tagging.TokenFlags.CapitalizedNonName);
        return map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static readonly Lazy<EntityLexicons> Embedded = new(LoadEmbedded);

    public static EntityLexicons Default => Embedded.Value;

    private static EntityLexicons LoadEmbedded()
    {
        var gazetteer = new PhraseGazetteer();
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        AddPhrases(gazetteer, aliases, "countries.txt", LexiconCategory.Country);
        AddPhrases(gazetteer, aliases, "nationalities.txt", LexiconCategory.Nationality);
        AddPhrases(gazetteer, aliases, "organizations.txt", LexiconCategory.Organization);
        AddPhrases(gazetteer, aliases, "regions.txt", LexiconCategory.Region);
        AddPhrases(gazetteer, aliases, "cities.txt", LexiconCategory.City);
        AddPhrases(gazetteer, aliases, "world-cities.txt", LexiconCategory.City);
        return new EntityLexicons
        {
            Gazetteer = gazetteer,
            CanonicalByAlias = aliases,
            Titles = Words("titles.txt"),
            TitleModifiers = Words("title-modifiers.txt"),
            Honorifics = Words("honorifics.txt"),
            OrganizationHeads = Words("organization-heads.txt"),
            OrganizationSuffixes = Words("organization-suffixes.txt"),
            LocationHeads = Words("location-heads.txt"),
            GivenNames = Words("given-names.txt"),
            EastAsianFamilyNames = Words("east-asian-family-names.txt"),
            NameParticles = Words("name-particles.txt"),
            FamilyNamePrefixes = Words("family-name-prefixes.txt"),
            NameSuffixes = Words("name-suffixes.txt"),
            KinshipNouns = Words("kinship-nouns.txt"),
            IslandNations = Words("island-nations.txt"),
            CapitalizedNonNames = Words("capitalized-non-names.txt"),
        }.Freeze();
    }

    private static void AddPhrases(PhraseGazetteer gazetteer, Dictionary<string, string> aliases, string file, LexiconCategory category)
    {
        foreach (var line in Lines(file))
        {
            var names = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (names.Length == 0) continue;
            var entry = new LexiconEntry(category, names[0], 0);
            foreach (var name in names)
            {
                gazetteer.Add(name, entry);
                aliases.TryAdd(name, names[0]);
                // Datelines and headlines write names in capitals: "SEOUL, March 4 (Yonhap) --", "LUFTHANSA CUTS FLIGHTS".
                if (name.Length > 3 && !IsAllCaps(name))
                {
                    var upper = name.ToUpperInvariant();
                    gazetteer.Add(upper, entry);
                    aliases.TryAdd(upper, names[0]);
                }
            }
        }
    }

    private static bool IsAllCaps(string name)
    {
        foreach (var c in name) if (char.IsLower(c)) return false;
        return true;
    }

    private static WordSet Words(string file) => new(Lines(file));

    private static IEnumerable<string> Lines(string file)
    {
        using var stream = OpenResource(file);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            lines.Add(trimmed);
        }
        return lines;
    }

    internal static Stream OpenResource(string file)
    {
        var assembly = typeof(EntityLexicons).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(".Entities.Resources." + file, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded resource Entities/Resources/{file} is missing.");
        return assembly.GetManifestResourceStream(name)!;
    }

    internal static bool HasResource(string file) =>
        typeof(EntityLexicons).Assembly.GetManifestResourceNames().Any(n => n.EndsWith(".Entities.Resources." + file, StringComparison.Ordinal));

    internal static Assembly ResourceAssembly => typeof(EntityLexicons).Assembly;
}
