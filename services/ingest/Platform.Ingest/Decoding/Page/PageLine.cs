using System.Text.RegularExpressions;
using Platform.Ingest.Decoding.Text;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Page;

/// <summary>
/// One non-blank line of a page dump with the features the page reader scores it by: its kind (meta, byline, chrome,
/// content), word count, whether it is running prose, a teaser, a caption, a numbered list item, menu-like, and so on.
/// </summary>
public sealed partial class PageLine
{
    /// <param name="raw">The line as it arrived (spacing kept: wide gaps separate menu items).</param>
    /// <param name="kind">The kind when the line's neighbours decide it (a line under a note heading is a note).</param>
    /// <param name="reason">The chrome reason that goes with a given kind.</param>
    public PageLine(int index, string raw, string text, bool blankBefore, LineKind? kind = null, string? reason = null)
    {
        Index = index;
        Text = text;
        BlankBefore = blankBefore;
        (Kind, Reason) = kind is { } given ? (given, reason) : TextArticleParser.ClassifyLine(text);
        Words = ProseRules.Words(text);
        IsTeaser = TeaserEnd().IsMatch(text);
        var probe = LatinLookalikes.Fold(text);
        // A translation or editor's note in brackets ("[Translated from Roznama Sahil]") is a note, not a photo credit.
        IsCaption = Kind is not (LineKind.Byline or LineKind.Note) && (Reason == BoilerplateRecognizer.Caption || CaptionCue().IsMatch(probe)
                                                || BoilerplateRecognizer.Classify(probe) == BoilerplateRecognizer.Caption);
        IsRelativeTime = RelativeTime().IsMatch(text);
        IsListItem = NumberedItem().IsMatch(text) && !StartsWithDayAndMonth(text);
        var separators = MenuSeparators().Matches(raw.Trim()).Count;
        // (a credit line of several parts is a note, not a menu: "A (tekst) · B (foto) · rendered into English by C")
        IsMenu = Kind is not (LineKind.Byline or LineKind.DateMeta) && !(Kind == LineKind.Note && NoteRecognizer.IsLanguageCredit(text)) && !SentenceEnd().IsMatch(text) && ((Words <= 16 && separators >= 2) || (Words <= 6 && separators >= 1));
        // A long line without a sentence end is a headline or a list more often than a paragraph.
        IsProse = Kind is LineKind.Content or LineKind.Note && !IsTeaser && !IsMenu && ProseRules.IsProse(text)
                  && (ProseEnd().IsMatch(text) || Words >= 30);
        Normalized = Normalize(text);
    }

    /// <summary>Position among the page's non-blank lines.</summary>
    public int Index { get; }
    public string Text { get; }
    public bool BlankBefore { get; }
    public LineKind Kind { get; }
    /// <summary>The boilerplate reason code when the line is chrome.</summary>
    public string? Reason { get; }
    public int Words { get; }
    /// <summary>A sentence-like paragraph long enough to be article text.</summary>
    public bool IsProse { get; }
    /// <summary>Cut off with "...", "…" or "[…]": a teaser of another page.</summary>
    public bool IsTeaser { get; }
    /// <summary>A photo caption or credit ("... [OUTLET]", "Photo: ...", "Courtesy of ...", ".../picture-alliance").</summary>
    public bool IsCaption { get; }
    /// <summary>"6H AGO", "a day ago", "3 hours 12 min ago", "yesterday": a time with no anchor in a file.</summary>
    public bool IsRelativeTime { get; }
    /// <summary>"1 Late snow delays flights ...": an item of a numbered list (Most Popular).</summary>
    public bool IsListItem { get; }
    /// <summary>Short items separated by pipes, bullets or wide gaps: a menu or tag row.</summary>
    public bool IsMenu { get; }
    /// <summary>Lower case, quotes and dashes unified, punctuation at the ends dropped: for telling repeats.</summary>
    public string Normalized { get; }

    public bool IsChrome => Kind is LineKind.Boilerplate or LineKind.Copyright or LineKind.EndMarker || IsMenu;

    private bool? holdsDate;

    /// <summary>The line holds a full date (with a year); parsed once, on first use, because several selectors ask.</summary>
    /// <summary>"14 October 2024, 06:45", "3 März": a day and a month name open a date line, not a numbered list item.</summary>
    private static bool StartsWithDayAndMonth(string text)
    {
        var words = text.TrimStart().Split([' ', '\t'], 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[0].TrimEnd('.').All(char.IsDigit)
               && Time.CalendarWords.Months.ContainsKey(words[1].Trim('.', ',', ';'));
    }

    public bool HoldsDate => holdsDate ??= Time.DateTextParser.Parse(Text) is not null;

    public static string Normalize(string text)
    {
        var s = text.Replace('‘', '\'').Replace('’', '\'').Replace('“', '"').Replace('”', '"').Replace('–', '-').Replace('—', '-');
        s = NonWord().Replace(s, " ").Trim();
        return s.ToLowerInvariant();
    }

    public override string ToString() => $"{Index}:{Kind}:{Text}";

    [GeneratedRegex(@"(?:\.\.\.?|…|\[(?:…|\.\.\.)\])\s*[\]\)»]?\s*$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex TeaserEnd();

    [GeneratedRegex(@"(?:^|\s)(?:Photo|Photos|Phot[oо]|Image|Picture|Illustration|Graphic|Screenshot|Header image|Courtesy)(?:\s+by|\s+courtesy(?:\s+of)?|\s*:)|\bCourtesy of\b|/\s*(?:picture-alliance|Getty Images|AFP|Reuters|AP|EPA|dpa)\b|\b(?:Getty Images|Shutterstock)\s*$|\bScreenshot\.?\s*$|\bPhoto\s*$|\[[A-Z][A-Z0-9 .&'’-]{1,40}\]\s*$|\((?:Photo|Image|Header image)[^)]*\)\s*$|^\((?:Header image|Photo|Image)\b" +
        // photo labels of other languages; a credit "Name/Agency" or "(OUTLET/Name)" closing a described scene
        @"|(?:^|\s)(?:Foto|Fotos|Kuva|Zdjęcie|Fot\.|Bild|Imagen|Immagine|Ảnh|Fotografia|Fotografía)\s*:|(?:^|\s)(?:Fot|Phot|Foto)\.\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)*\s*$" +
        @"|[.!?]\s+(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+\s*/\s*[\p{L} .&'’-]{2,40}$" +
        @"|\((?:\p{Lu}[\p{L}.&'’ -]{1,40})/(?:\p{Lu}[\p{L}.'’ -]{1,40})\)\s*$|\b(?:PHOTO|PHOTOS|FOTO|PIC|PICTURE|IMAGE)\s*/\s*\p{Lu}[\p{L}.'’ -]{1,40}$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CaptionCue();

    [GeneratedRegex(@"^\s*(?:\d{1,2}\s*(?:H|HR|HRS|M|MIN|MINS|D|W)\s+AGO|(?:about\s+|an?\s+|\d{1,3}\s+)(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+(?:\d{1,3}\s+(?:min|mins|minutes)\s+)?ago|yesterday|today|just now|\d{1,2}[hdmw])\s*$|^\s*(?:Checked|Updated|Posted)?\s*\d{1,3}\s*[hdm]\s+ago\s*$|\bhier à\b", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"^\s*(?:\d{1,2}(?:[.)]\s*|\s+)(?=\p{Lu})|[-•*▪►]\s+)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"\s[|•·]\s|\s{3,}|\s›\s|\s>\s", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex MenuSeparators();

    [GeneratedRegex(@"[.!?]\s*$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[.!?。！？:;][""”'’)\]]*\s*$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex ProseEnd();

    [GeneratedRegex(@"[^\p{L}\p{N}'""]+", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NonWord();
}
