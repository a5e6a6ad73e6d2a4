using System.Text.RegularExpressions;
using Platform.Contracts;
using Platform.Ingest.Decoding.Outlets;
using Platform.Ingest.Decoding.Time;

namespace Platform.Ingest.Decoding.Text;

/// <summary>
/// Structures article lines: headline, date lines, bylines and affiliation, notes, wire dateline, body paragraphs,
/// and the site chrome around them (into Removed with reason codes). Used for plain text and for the text blocks
/// that the HTML and JSON readers extract.
/// </summary>
public static partial class TextArticleParser
{
    private sealed record Line(string Text, bool BlankBefore, LineKind Kind, string? Reason, int Source);

    /// <param name="rawLines">The lines of the article, blank lines included.</param>
    /// <param name="draft">Receives what is found; fields already set (e.g. from metadata) are kept.</param>
    /// <param name="bodyStartLine">When the caller knows where the body starts (an index into <paramref name="rawLines"/>,
    /// whose lines are then taken as they are, one per line), lines before it are header lines.</param>
    public static void Parse(IReadOnlyList<string> rawLines, ArticleDraft draft, int? bodyStartLine = null)
    {
        var lines = Classify(rawLines);
        if (bodyStartLine is null && LooksHardWrapped(lines)) lines = JoinWrappedLines(lines);
        var findHeadline = draft.Headline is null;
        var bodyStart = bodyStartLine is { } hint ? lines.FindIndex(l => l.Source >= hint) : FindBodyStart(lines);
        if (bodyStart < 0) bodyStart = lines.Count;
        var headlineIndex = findHeadline ? PickHeadline(lines, bodyStart) : -1;
        if (headlineIndex >= 0) draft.Headline = HeadlineRules.StripVersionTags(lines[headlineIndex].Text);

        var chrome = false;
        var seenBody = false;
        var afterBottomByline = false;
        var previousKind = (LineKind?)null;
        var previousWasAffiliation = false;
        var lastBylineStart = -1;

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text;

            if (chrome)
            {
                if (line.Kind == LineKind.Copyright) OfferCopyrightOutlet(text, draft);
                draft.Remove(text, line.Reason ?? BoilerplateRecognizer.Classify(text) ?? BoilerplateRecognizer.SiteBoilerplate);
                continue;
            }

            var isAffiliation = false;
            switch (line.Kind)
            {
                case LineKind.EndMarker:
                    draft.Remove(text, BoilerplateRecognizer.EndMarker);
                    chrome = seenBody;
                    break;
                case LineKind.Copyright:
                    OfferCopyrightOutlet(text, draft);
                    draft.Remove(text, BoilerplateRecognizer.Copyright);
                    break;
                case LineKind.Boilerplate:
                    draft.Remove(text, line.Reason!);
                    if (seenBody && BoilerplateRecognizer.StartsTrailingChrome(text)) chrome = true;
                    break;
                case LineKind.DateMeta:
                    foreach (var mention in DateLineRecognizer.TryRead(text) ?? [])
                    {
                        if (mention.Kind == DateLineRecognizer.Modified) draft.Modified ??= mention;
                        else draft.Published ??= mention;
                    }
                    break;
                case LineKind.Byline:
                    var byline = BylineParser.TryParse(text)!;
                    if (previousKind != LineKind.Byline && !previousWasAffiliation) lastBylineStart = draft.Authors.Count;
                    foreach (var author in byline.Authors) draft.AddAuthor(author);
                    if (byline.Affiliation is not null) draft.OfferOutlet(byline.Affiliation, OutletEvidence.BylineAffiliation);
                    if (byline.Authors.All(a => a.Role == "agency"))
                        draft.OfferOutlet(byline.Authors[0].Name, OutletEvidence.AgencyByline);
                    // A translator's or editor's credit, or the source a text is taken from ("Source: Muryar Arewa (Kano)"), is
                    // also a note: provenance reads it there.
                    if (byline.Authors.Any(a => a.Role is "translator" or "editor") || SourceLabel().IsMatch(text)) draft.AddNote(text);
                    // "By A, who first filed this story in Spanish": a remark about the writer that names a language says
                    // in which language this text was first written; provenance reads it as a note.
                    if (BylineParser.WriterRemark(text) is { } remark && NoteRecognizer.NamesLanguage(remark)) draft.AddNote(remark);
                    // "By A in Nyamasheke | English by Grace Uwase | 3 June 2024": a part after a bar that reads as a note is one.
                    foreach (var part in BylineParser.PartsAfterBar(text))
                        if (NoteRecognizer.IsNote(part) && !NoteRecognizer.IsToolMentionOnly(part)) draft.AddNote(part);
                    // A byline after two or more paragraphs closes the article; after one, that "paragraph" was a note or deck.
                    if (seenBody && draft.Paragraphs.Count >= 2) afterBottomByline = true;
                    break;
                case LineKind.Note:
                    draft.AddNote(text);
                    OfferStaffOutlet(text, draft);
                    break;
                case LineKind.Url:
                    var url = UrlLine().Match(text).Groups["url"].Value;
                    draft.Url ??= url;
                    draft.OfferOutlet(OutletDirectory.FindByUrl(url)?.Name, OutletEvidence.Url);
                    draft.YearHint ??= YearInUrl(url);
                    break;
                default:
                    if ((previousKind == LineKind.Byline || previousWasAffiliation) && TryAffiliation(text, draft, lastBylineStart))
                    {
                        isAffiliation = true;
                        break;
                    }
                    if (TryContactLine(text, draft)) break;
                    if (i != headlineIndex && text.Length <= 60 && OutletDirectory.FindByName(text) is { } siteName)
                    {
                        draft.OfferOutlet(siteName.Name, OutletEvidence.SiteLabel);
                        draft.Remove(text, BoilerplateRecognizer.SiteBoilerplate);
                        break;
                    }
                    if (i == headlineIndex) break;
                    if (i < bodyStart)
                    {
                        HeaderLine(text, draft, i < headlineIndex);
                        break;
                    }
                    if (afterBottomByline)
                    {
                        chrome = true;
                        draft.Remove(text, BoilerplateRecognizer.SiteBoilerplate);
                        break;
                    }
                    var paragraph = text;
                    var endMarker = TrailingEnd().Match(paragraph);
                    if (endMarker.Success)
                    {
                        paragraph = paragraph[..endMarker.Index].TrimEnd();
                        draft.Remove(endMarker.Value, BoilerplateRecognizer.EndMarker);
                    }
                    if (!seenBody && draft.Dateline is null && WireDateline.TryParse(paragraph) is { } dateline)
                    {
                        draft.Dateline = dateline.Dateline;
                        paragraph = dateline.Rest;
                        if (dateline.Agency is not null && OutletDirectory.FindByName(dateline.Agency) is { } agency)
                            draft.OfferOutlet(agency.Name, OutletEvidence.WireDateline);
                        if (dateline.MonthDayText is not null && DateTextParser.ParseMonthDay(dateline.MonthDayText) is { } md)
                            draft.DatelineDate = (md.Month, md.Day, dateline.MonthDayText);
                    }
                    if (paragraph.Length > 0)
                        draft.Paragraphs.Add(paragraph);
                    seenBody = true;
                    if (endMarker.Success) chrome = true;
                    previousKind = line.Kind;
                    previousWasAffiliation = false;
                    continue;
            }
            previousKind = line.Kind;
            previousWasAffiliation = isAffiliation;
        }
    }

    private static List<Line> Classify(IReadOnlyList<string> rawLines)
    {
        var result = new List<Line>();
        var blank = false;
        for (var source = 0; source < rawLines.Count; source++)
        {
            var raw = rawLines[source];
            var text = raw.Contains('&') && raw.Contains(';') ? System.Net.WebUtility.HtmlDecode(raw) : raw;
            text = Spaces().Replace(text, " ").Trim();
            if (text.Length == 0)
            {
                blank = true;
                continue;
            }
            foreach (var part in SplitMetaLine(text))
            {
                var (kind, reason) = KindOf(part);
                result.Add(new Line(part, blank, kind, reason, source));
                blank = false;
            }
        }
        foreach (var i in ReviewedWorkDetails.Find(result.Select(l => (l.Text, l.Kind)).ToList()))
            result[i] = result[i] with { Kind = LineKind.Boilerplate, Reason = ReviewedWorkDetails.Reason };
        MarkNoteHeadings(result);
        return result;
    }

    /// <summary>
    /// "About this text", "A note on the translation", "How this post got here": a heading that announces a note about this
    /// text makes the content line under it a note (the heading itself is page furniture); a line that opens with such a
    /// heading ("How this post got here. What follows is ...") is a note itself.
    /// </summary>
    private static void MarkNoteHeadings(List<Line> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind is not (LineKind.Content or LineKind.Note) || NoteHeading().Match(lines[i].Text) is not { Success: true } heading) continue;
            var alone = heading.Value.Trim().Length >= lines[i].Text.TrimEnd(':', '.', ' ').Length;
            if (!alone)
            {
                if (lines[i].Text.Length <= MaxNoteLength) lines[i] = lines[i] with { Kind = LineKind.Note };
                continue;
            }
            if (i + 1 < lines.Count && lines[i + 1].Kind == LineKind.Content && lines[i + 1].Text.Length <= MaxNoteLength)
            {
                lines[i] = lines[i] with { Kind = LineKind.Boilerplate, Reason = BoilerplateRecognizer.SiteBoilerplate };
                lines[i + 1] = lines[i + 1] with { Kind = LineKind.Note };
            }
        }
    }

    /// <summary>A line that is only a note heading ("ABOUT THIS TEXT", "A note on the translation:").</summary>
    public static bool IsNoteHeadingAlone(string text) =>
        NoteHeading().Match(text) is { Success: true } heading && heading.Value.Trim().Length >= text.TrimEnd(':', '.', ' ').Length;

    private const int MaxNoteLength = 700;

    [GeneratedRegex(@"^\W{0,3}(?:about\s+(?:this|the)\s+(?:text|translation|article|story|report|post|piece|version|edition|original)|(?:a\s+)?note\s+(?:on|about)\s+(?:the|this)\s+(?:text|translation|article|story|report|sources?|original|language|version)|how\s+(?:this|the)\s+(?:text|translation|article|story|report|post|piece)\s+(?:got\s+here|came\s+about|was\s+(?:made|produced|translated|written|prepared|reported))|(?:language|translation|transparency|provenance)\s+note)\s*(?:[:.?!—–-]|$)", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NoteHeading();

    /// <summary>"Published: ... | By Oh Se-ra": a meta line joining a date and a byline is read as separate lines.</summary>
    private static IEnumerable<string> SplitMetaLine(string text)
    {
        if (text.Length > 240 || !MetaSeparator().IsMatch(text)) return [text];
        var parts = MetaSeparator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var meta = parts.Count(p => DateLineRecognizer.TryRead(p) is not null || BylineParser.TryParse(p) is not null);
        return meta > 0 && parts.All(p => HeadlineRules.WordCount(p) <= 12) ? parts : [text];
    }

    /// <summary>What one line is (meta, byline, note, chrome or content), with the boilerplate reason code for chrome.</summary>
    public static (LineKind Kind, string? Reason) ClassifyLine(string text) => KindOf(text);

    private static (LineKind, string?) KindOf(string text)
    {
        var boilerplate = BoilerplateRecognizer.Classify(text);
        if (boilerplate == BoilerplateRecognizer.EndMarker) return (LineKind.EndMarker, boilerplate);
        if (UrlLine().IsMatch(text)) return (LineKind.Url, null);
        if (boilerplate == BoilerplateRecognizer.Copyright) return (LineKind.Copyright, boilerplate);
        if (DateLineRecognizer.TryRead(text) is not null) return (LineKind.DateMeta, null);
        if (BylineParser.TryParse(text) is not null) return (LineKind.Byline, null);
        if (NoteRecognizer.IsNote(text)) return (LineKind.Note, null);
        if (boilerplate is not null) return (LineKind.Boilerplate, boilerplate);
        return (LineKind.Content, null);
    }

    /// <summary>Joins runs of content lines not separated by a blank line into one line each.</summary>
    private static List<Line> JoinWrappedLines(List<Line> lines)
    {
        var result = new List<Line>();
        foreach (var line in lines)
        {
            if (result.Count > 0 && line.Kind == LineKind.Content && !line.BlankBefore && result[^1].Kind == LineKind.Content)
                result[^1] = result[^1] with { Text = result[^1].Text + " " + line.Text };
            else
                result.Add(line);
        }
        return result;
    }

    private static int FindBodyStart(List<Line> lines)
    {
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].Kind == LineKind.Content && (ProseRules.IsProse(lines[i].Text) || WireDateline.TryParse(lines[i].Text) is not null))
                return i;
        // No prose: the body starts after the first content line (the headline).
        var first = lines.FindIndex(l => l.Kind == LineKind.Content);
        return first < 0 ? lines.Count : first + 1;
    }

    private static int PickHeadline(List<Line> lines, int bodyStart)
    {
        var fallback = -1;
        for (var i = 0; i < Math.Min(bodyStart, lines.Count); i++)
        {
            var line = lines[i];
            if (line.Kind != LineKind.Content) continue;
            if (OutletDirectory.FindByName(line.Text) is not null) continue;
            if (HeadlineRules.IsTitleLike(line.Text)) return i;
            if (fallback < 0 && HeadlineRules.WordCount(line.Text) >= 2 && line.Text.Length <= 220 && !line.Text.EndsWith('.')
                && !PersonNameCase.IsAllCaps(line.Text))
                fallback = i;
        }
        return fallback;
    }

    /// <summary>A content line above the body: a site name or section label before the headline, a deck after it.</summary>
    private static void HeaderLine(string text, ArticleDraft draft, bool beforeHeadline)
    {
        if (draft.Headline is not null && SameText(text, draft.Headline)) return;
        if (OutletDirectory.FindByName(text) is { } outlet)
        {
            draft.OfferOutlet(outlet.Name, OutletEvidence.SiteLabel);
            draft.Remove(text, BoilerplateRecognizer.SiteBoilerplate);
            return;
        }
        if (beforeHeadline || (HeadlineRules.WordCount(text) <= 3 && !Terminal().IsMatch(text)))
        {
            draft.Remove(text, BoilerplateRecognizer.Navigation);
            return;
        }
        // A title-like line between the headline and the first paragraph is a deck, not body text.
        if (draft.Headline is not null && !Terminal().IsMatch(text) && HeadlineRules.IsTitleLike(text))
        {
            draft.Remove(text, "subheadline");
            return;
        }
        draft.Paragraphs.Add(text);
    }

    private static bool SameText(string a, string b) =>
        string.Equals(HeadlineRules.StripVersionTags(a), HeadlineRules.StripVersionTags(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>A line holding only an email: the contact of the last author, or removed as a contact line.</summary>
    private static bool TryContactLine(string text, ArticleDraft draft)
    {
        var email = EmailOnly().Match(text);
        if (!email.Success) return false;
        var obfuscated = email.Groups["obf"].Success;
        if (draft.Authors.Count > 0 && draft.Authors[^1].Email is null && draft.Authors[^1].Role != "agency")
            draft.Authors[^1] = draft.Authors[^1] with { Email = obfuscated ? null : email.Groups["addr"].Value, EmailObfuscated = obfuscated };
        else
            draft.Remove(text, "contact");
        return true;
    }

    private static bool TryAffiliation(string text, ArticleDraft draft, int bylineStart)
    {
        if (BylineParser.IsTitleLine(text)) return true;
        var email = EmailOnly().Match(text);
        if (email.Success && draft.Authors.Count > 0)
        {
            var last = draft.Authors[^1];
            var obfuscated = email.Groups["obf"].Success;
            draft.Authors[^1] = last with { Email = obfuscated ? last.Email : email.Value.Trim('[', ']', '(', ')', '<', '>', ' '), EmailObfuscated = obfuscated && last.Email is null };
            return true;
        }

        if (text.Length > 80 || text.EndsWith('.') || HeadlineRules.WordCount(text) > 8) return false;
        var m = AffiliationLine().Match(text);
        if (!m.Success) return false;
        var name = m.Groups["name"].Value.Trim();
        var known = OutletDirectory.FindByName(name);
        var hasPrefix = m.Groups["prefix"].Success;
        if (known is null && !hasPrefix && !OutletNameWords.IsMatch(name)) return false;
        if (!StartsLikeName(OutletDirectory.CleanName(name))) return false;

        var outletName = known?.Name ?? OutletDirectory.CleanName(name);
        for (var a = Math.Max(0, bylineStart); a < draft.Authors.Count; a++)
            if (draft.Authors[a].Affiliation is null && draft.Authors[a].Role != "agency")
                draft.Authors[a] = draft.Authors[a] with { Affiliation = outletName };
        draft.OfferOutlet(outletName, OutletEvidence.AffiliationLine);
        return true;
    }

    /// <summary>Offers the owner named on a copyright line ("© Perämeren Viesti 2025") as the page's outlet.</summary>
    public static void OfferCopyrightOutlet(string text, ArticleDraft draft)
    {
        // "a.s.", "s.r.o.", "S.A.": a dotted legal form would end the owner's name at its first dot.
        text = DottedLegalForm().Replace(text, f => f.Value.Replace(".", "").ToUpperInvariant());
        var m = CopyrightOwner().Match(text);
        if (m.Success)
        {
            var owner = m.Groups["owner"].Value.Trim().TrimEnd('.', ',');
            // "Wiener Zeitpunkt GmbH Impressum Datenschutz": a legal form ends the name; footer links may follow it.
            var legal = LegalFormInside().Match(owner);
            if (legal.Success && legal.Index > 0) owner = owner[..legal.Index];
            // "Havørn Tidende AS", "Ege Postası Gazetecilik ve Yayıncılık A.Ş.", "Lantai Daily English 2024": the outlet
            // is the name without its legal form, business descriptor, edition language or year.
            for (var before = ""; before != owner;)
            {
                before = owner;
                owner = OwnerSuffix().Replace(owner, "").Trim().TrimEnd(',', '.', '-', '–', '—', '·').Trim();
                // "Mwangaza wa Pwani Media": a trailing "Media" after a name of two words or more is the company's.
                if (MediaWord().Match(owner) is { Success: true } media && owner.Split(' ').Length >= 3) owner = owner[..media.Index].Trim();
            }
            if (owner.Length >= 2 && StartsLikeName(OutletDirectory.CleanName(owner)))
                draft.OfferOutlet(owner, OutletEvidence.Copyright);
        }
        if (draft.YearHint is null)
        {
            var year = CopyrightYear().Match(text);
            if (year.Success) draft.YearHint = int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Starts with a capital, or with a letter of a script without case (Hangul, kana, CJK).</summary>
    private static bool StartsLikeName(string name) =>
        name.Length > 0 && char.IsLetter(name[0]) && !char.IsLower(name[0]);

    private static void OfferStaffOutlet(string note, ArticleDraft draft)
    {
        var m = StaffOf().Match(note);
        if (m.Success) draft.OfferOutlet(m.Groups["outlet"].Value, OutletEvidence.StaffNote);
    }

    private static int? YearInUrl(string url)
    {
        var m = UrlYear().Match(url);
        return m.Success ? int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Hard-wrapped text (lines cut at ~70-80 columns) joins its lines into paragraphs at blank lines.</summary>
    private static bool LooksHardWrapped(List<Line> lines) =>
        LooksHardWrapped(lines.Where(l => l.Kind == LineKind.Content).Select(l => l.Text));

    /// <summary>True when the content lines look cut at 70-80 columns: no long lines, and half of them end mid-sentence.</summary>
    public static bool LooksHardWrapped(IEnumerable<string> contentLines)
    {
        var content = contentLines.Where(t => t.Length > 30).ToList();
        if (content.Count < 4) return false;
        if (content.Max(t => t.Length) > 110) return false;
        var unterminated = content.Count(t => !Terminal().IsMatch(t));
        return unterminated >= content.Count / 2;
    }

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+[|•·]\s+", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex MetaSeparator();

    [GeneratedRegex(@"^(?:(?:URL|Source|Link|Article URL|Permalink|Canonical)\s*:?\s*)?<?(?<url>https?://[^\s<>]+)>?$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex UrlLine();

    [GeneratedRegex(@"\s*\((?:END|끝)\)\s*$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex TrailingEnd();

    [GeneratedRegex(@"^\s*(?:[\[\(<]\s*)?(?<addr>[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<obf>email(?:&#160;|&nbsp;|\W){0,3}protected))(?:\s*[\]\)>])?\s*$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex EmailOnly();

    [GeneratedRegex(@"^(?:(?<prefix>with|for|of|at|from)\s+)?(?<name>(?:the\s+|The\s+)?[\p{L}][\p{L}\p{M}0-9&'’.\- ]*?)(?:,?\s+(?:staff writer|staff reporter|staff|correspondent|reporter|contributor|columnist|writer))?$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex AffiliationLine();


    [GeneratedRegex(@"(?:©|ⓒ|\(c\)|Copyright)\s*(?:\(c\)|©)?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*[,.]?\s*)?(?:by\s+)?(?<owner>[^.|©\n·•]{2,80}?)(?:\.|\s*[|,·•]|\s+[—–-]\s|\s*(?:All\s+rights|Todos\s+(?:os|los)\s+(?:direitos|derechos)|Tous\s+droits|Alle\s+Rechte|Tutti\s+i\s+diritti|Všechna\s+práva|Všetky\s+práva|Wszelkie\s+prawa|Все\s+права|Усі\s+права|Visas\s+tiesības|Visos\s+teisės|Kõik\s+õigused|Minden\s+jog|Kaikki\s+oikeudet|Alle\s+rechten|Alle\s+rettigheder|Alla\s+rättigheter|Tüm\s+hakları|Hak\s+cipta|Toate\s+drepturile|Sva\s+prava|Сва\s+права|Όλα\s+τα\s+δικαιώματα|جميع\s+الحقوق)|\s*$)", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CopyrightOwner();

    // "Media" in the languages copyright lines are written in: "Kıyı Haber Medya", "Voz do Sul Mídia"
    [GeneratedRegex(@"\s(?:Media|Medya|Médias|Medias|Mídia|Medien|Mediji|Медиа|Медіа)$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex MediaWord();

    [GeneratedRegex(@"^\W*(?:Source|Sources|Fonte|Fuente|Quelle|Bron)\s*:", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SourceLabel();

    [GeneratedRegex(@"(?<=\s)(?:[A-Za-z]\.){2,3}(?=\s|$|[,|·])", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex DottedLegalForm();

    [GeneratedRegex(@"(?:\s*(?:Co\.,?\s*Ltd|Inc|Corp(?:oration)?|Ltd|LLC|GmbH|S\.A|Co)\.?|(?:\s+\p{L}+\s+(?:and|ve|&|und|et|y|i)\s+\p{L}+)?\s+(?-i:AS|ASA|AB|Oy|Oyj|A/S|ApS|AG|SA|SpA|S\.p\.A|Sp|sp|Kft|s\.r\.o|a\.s|SRO|d\.o\.o|Limited|Pty|Pvt|BV|NV|SL|SRL|PLC|A)\.?|\s+(?:English(?:\s+(?:edition|version))?|(?:19|20)\d\d|Media\s+Group|Publishing\s+Group|Holdings|Group))$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex OwnerSuffix();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CopyrightYear();

    [GeneratedRegex(@"\s+(?:GmbH|AG|Ltd\.?|LLC|Inc\.?|S\.A\.?|SpA|S\.p\.A\.?|Sp\.|s\.r\.o\.?|d\.o\.o\.?|BV|NV|Oy|AB|ASA|A/S|ApS|Kft\.?)(?=\s|$)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex LegalFormInside();

    [GeneratedRegex(@"\b(?:by|from)\s+(?:the\s+)?(?<outlet>(?:[A-Z][\w'’.&-]*\s+){0,5}[A-Z][\w'’.&-]*)(?:'s|’s)?\s+(?:staff|editors|editorial staff|desk|newsroom|journalists)\b|\b(?:staff|editors?|journalists?)(?:\s+members?)?\s+(?:of|at|from)\s+(?:the\s+)?(?<outlet>(?:[A-Z][\w'’.&-]*\s+(?:(?:of|the|de|del|della|di|da|do|der|la|le|du|des|van|von)\s+)?(?:[ld]['’](?=[A-Z]))?){0,5}[A-Z][\w'’.&-]*)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex StaffOf();

    [GeneratedRegex(@"/(?<y>20\d\d)/", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex UrlYear();

    [GeneratedRegex(@"[.!?。""”'’)\]]\s*$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Terminal();
}
