using Platform.Contracts;
using Platform.Ingest.Decoding.Outlets;
using Platform.Ingest.Decoding.Text;

namespace Platform.Ingest.Decoding;

/// <summary>Where an outlet name came from; a lower value is more trustworthy.</summary>
public enum OutletEvidence
{
    Metadata = 0,
    AffiliationLine = 1,
    BylineAffiliation = 2,
    WireDateline = 3,
    Copyright = 4,
    StaffNote = 5,
    Url = 6,
    AgencyByline = 7,
    SiteLabel = 8,
    Masthead = 9,
}

/// <summary>The parts of an article as a reader gathered them, before they become an <see cref="ArticleDocument"/>.</summary>
public sealed class ArticleDraft
{
    private OutletEvidence? outletEvidence;

    public string Format { get; init; } = "text";
    public string? Headline { get; set; }
    public string? Outlet { get; private set; }
    public string? Url { get; set; }
    public string? Language { get; set; }
    public DateMention? Published { get; set; }
    public DateMention? Modified { get; set; }
    public string? Dateline { get; set; }
    public (int Month, int Day, string Raw)? DatelineDate { get; set; }
    public int? YearHint { get; set; }

    /// <summary>A zone the page states for all its times ("All times are Bangladesh Standard Time (GMT+6)").</summary>
    public Time.StatedZone? PageTimeZone { get; set; }
    public List<ArticleAuthor> Authors { get; } = [];
    public List<string> Paragraphs { get; } = [];
    public List<string> Notes { get; } = [];
    public List<RemovedText> Removed { get; } = [];
    /// <summary>How each field was found, keyed by field name (<c>headline</c>, <c>published</c>, ...).</summary>
    public Dictionary<string, FieldEvidence> Evidence { get; } = new(StringComparer.Ordinal);

    /// <summary>Records how a field was found; the first record of a field wins.</summary>
    public void NoteEvidence(string field, string source, string rule, double confidence)
    {
        if (Evidence.ContainsKey(field)) return;
        var text = source.Trim();
        if (text.Length > 300) text = text[..300] + "…";
        Evidence[field] = new FieldEvidence { Source = text, Rule = rule, Confidence = Math.Round(Math.Clamp(confidence, 0, 1), 2) };
    }

    /// <summary>Keeps the outlet from the most trustworthy evidence seen so far.</summary>
    public void OfferOutlet(string? name, OutletEvidence evidence)
    {
        if (string.IsNullOrWhiteSpace(name)) return;
        // "ქართული მაცნე / Kartuli Matsne": a name given in two scripts is kept in the Latin one, as the page's readers see it.
        if (name.Split([" / ", " | "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is [var first, var second]
            && IsLatin(first) != IsLatin(second))
            name = IsLatin(first) ? first : second;
        var clean = OutletDirectory.Canonicalize(name);
        if (clean.Length < 2) return;
        if (outletEvidence is null || evidence < outletEvidence)
        {
            Outlet = clean;
            outletEvidence = evidence;
        }
    }

    private static bool IsLatin(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count > 0 && letters.Count(c => c < '\u0250') * 2 > letters.Count;
    }

    public void Remove(string text, string reason)
    {
        var t = text.Trim();
        if (t.Length > 0) Removed.Add(new RemovedText { Text = t, Reason = reason });
    }

    public void AddNote(string text)
    {
        var t = text.Trim();
        if (t.Length > 0 && !Notes.Contains(t)) Notes.Add(t);
    }

    public void AddAuthor(ArticleAuthor author)
    {
        var key = SpellingFold.Key(author.Name);
        var existing = Authors.FindIndex(a => SpellingFold.Key(a.Name) == key && a.Role == author.Role);
        if (existing < 0)
        {
            Authors.Add(author);
            return;
        }
        var old = Authors[existing];
        Authors[existing] = old with
        {
            // "Sione Tu'ipulotu Fifita" in the meta tag, "Sione Tuʻipulotu Fifita" in the byline: the fuller spelling stays.
            Name = SpellingFold.Fuller(old.Name, author.Name),
            Email = old.Email ?? author.Email,
            EmailObfuscated = old.Email is null && author.Email is null && (old.EmailObfuscated || author.EmailObfuscated),
            Affiliation = old.Affiliation ?? author.Affiliation,
        };
    }
}
