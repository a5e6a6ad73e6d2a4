using System.Text.RegularExpressions;
using Platform.Contracts;
using Platform.Ingest.Decoding.Outlets;

namespace Platform.Ingest.Decoding.Text;

/// <summary>
/// Reads byline lines: "BY KIM EUN-BIN [[email protected]]", "By Lena Vogt (lena.vogt@example.com)",
/// "BY PARK MIN-JI, LEE JAE-SUNG", "By Yonhap", "By Kim Hae-won, Yonhap", "Reporter Choi Ji-woo", "Translated by ...", "Edited by ...".
/// Returns null for lines that only start like a byline ("By the end of the year, ...").
/// </summary>
public static partial class BylineParser
{
    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff reporter", "staff writer", "reporter", "correspondent", "senior reporter", "senior writer", "staff",
        "contributing writer", "contributor", "columnist", "editor", "senior editor", "news editor", "chief correspondent",
        "special correspondent", "foreign correspondent", "intern reporter", "intern", "photographer", "staff photographer",
        "writer", "journalist", "political correspondent", "diplomatic correspondent", "business reporter", "desk",
    };

    [GeneratedRegex(@"^(?:de|da|do|desde|from|in|em|en|à|aus|z|ze|iz|из|из|depuis)\s+\p{Lu}", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex FromPlace();

    /// <summary>
    /// A relative clause about the writer inside a byline ("By A, who first filed this story in Spanish from Maracaibo"):
    /// the clause without its comma, or null. The writer's name is read without it.
    /// </summary>
    public static string? WriterRemark(string line)
    {
        var m = RelativeClause().Match(TrailingPipe().Replace(line, ""));
        return m.Success ? m.Value.TrimStart(' ', ',').Trim() : null;
    }

    /// <summary>The parts of a byline line after its first bar ("By A | English by B | 3 June 2024" gives "English by B"
    /// and "3 June 2024").</summary>
    public static IReadOnlyList<string> PartsAfterBar(string line) =>
        line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();

    public static ParsedByline? TryParse(string line)
    {
        if (line.Length > 240) return null;
        var korean = KoreanByline().Match(line);
        if (korean.Success)
        {
            var email = korean.Groups["email"].Success ? korean.Groups["email"].Value : null;
            return new ParsedByline([new ArticleAuthor { Name = korean.Groups["name"].Value, Email = email, Role = "reporter" }], null);
        }
        // "— LEAD STORY —", "-- More --": a heading between rules, not a sign-off.
        if (DashWrapped().IsMatch(line)) return null;
        // "By Zarghuna Stanikzai (pen name), Lashkar Gah": a remark in brackets about the name is not part of it.
        if (NameRemark().IsMatch(line)) return TryParse(NameRemark().Replace(line, ""));
        // A blog's "Posted on 22 May 2024 by Name": the date goes, the name is the writer.
        var posted = PostedBy().Match(line);
        if (posted.Success) return TryParse("By " + posted.Groups["names"].Value);
        if (CreditLine().IsMatch(line)) return ParseCredits(line);
        var sentence = SentenceByline().Match(line);
        if (sentence.Success) return TryParse("By " + sentence.Groups["names"].Value);
        // "Kaga Shimpo / Noto Bureau — Reporter: SAKURAI Haruto": the outlet or desk before a dash, the byline after it.
        var desk = DeskBeforeByline().Match(line);
        if (desk.Success && TryParse(desk.Groups["byline"].Value) is { } afterDesk)
        {
            var outletPart = desk.Groups["desk"].Value.Split('/')[0].Trim();
            var outletName = OutletDirectory.FindByName(outletPart)?.Name ?? (LooksLikeOutletName(outletPart) ? OutletDirectory.CleanName(outletPart) : null);
            return afterDesk.Affiliation is null && outletName is not null
                ? new ParsedByline(afterDesk.Authors.Select(a => a.Role == "agency" ? a : a with { Affiliation = outletName }).ToList(), outletName)
                : afterDesk;
        }
        var titled = NameWithTitle().Match(line);
        if (titled.Success) return TryParse("By " + LeadingBy().Replace(titled.Groups["name"].Value, ""));
        var m = Prefix().Match(line);
        // "Oleh KRAVCHUK": the Ukrainian first name, not the Indonesian "by", when one name follows without a colon.
        if (m.Success && m.Groups["prefix"].Value is "Oleh" or "OLEH" && !line.Contains(':') && m.Groups["rest"].Value.Trim().Split(' ').Length == 1)
            return TryParse("By " + line);
        if (!m.Success)
        {
            // "KIM EUN-BIN [[email protected]]": a bare name with a contact in brackets is a byline too.
            var bare = NameWithContact().Match(line);
            return bare.Success ? TryParse("By " + line) : null;
        }

        var role = RoleFor(m.Groups["prefix"].Value);
        var rest = m.Groups["rest"].Value.Trim();
        if (rest.Length == 0) return null;

        // Drop a trailing "| date", "(Brest, correspondent)" or "in Seoul" location.
        rest = TrailingPipe().Replace(rest, "");
        // "By Daniela Urdaneta, who first filed this story in Spanish from Maracaibo": a relative clause about the writer.
        rest = RelativeClause().Replace(rest, "");
        rest = TrailingRoleOf().Replace(rest, "");
        // A sentence's full stop after the last name ("Original report by Mathilde Vernet."), not an initial's.
        if (FinalStop().IsMatch(rest)) rest = rest[..^1];
        // "By A and B, Plaza Xela": after a list closed by "and", a last comma part is the writers' outlet.
        string? listAffiliation = null;
        var closing = ClosedListTail().Match(rest);
        if (closing.Success)
        {
            var tail = closing.Groups["tail"].Value.Trim();
            // "— Nermin and Ana, editors": a role, not an outlet, closes the list.
            if (EditorRole().IsMatch(tail) && role == "reporter") role = "editor";
            else if (!RoleDescriptor().IsMatch(tail)) listAffiliation = tail;
            rest = rest[..closing.Groups["tail"].Index].TrimEnd(' ', ',');
        }
        rest = TrailingParenthetical().Replace(rest, "");
        // "By A in Szeged and B in Arad": each writer's place goes.
        rest = TrailingLocation().Replace(NamePlace().Replace(rest, ""), "");

        // "[a@x.com, b@y.com]" after several names: one contact per name, in order.
        var contacts = new List<(string? Email, bool Obfuscated)>();
        var group = TrailingContactGroup().Match(rest);
        if (group.Success)
        {
            var entries = group.Groups["inner"].Value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (entries.Length >= 2)
            {
                foreach (var entry in entries)
                {
                    var (_, e, o) = SplitEmail(entry);
                    contacts.Add((e, o));
                }
                rest = rest[..group.Index].Trim();
            }
        }

        var authors = new List<ArticleAuthor>();
        string? affiliation = null;
        foreach (var rawSegment in SplitSegments(rest))
        {
            var segment = rawSegment.Trim().Trim(',', ';', '|', '/', '-', '—', '–', ' ');
            if (segment.Length == 0) continue;

            var (name, email, obfuscated) = SplitEmail(segment);
            name = name.Trim().Trim(',', ';', ':', '-', '—', '–', ' ');
            if (name.Length == 0)
            {
                // An email standing alone after the previous name.
                if (authors.Count > 0 && (email is not null || obfuscated))
                    authors[^1] = authors[^1] with { Email = email, EmailObfuscated = obfuscated };
                continue;
            }
            // "By Tomoe Kuribayashi, Nagano correspondent", "São Paulo correspondent": a role with its beat or place after a
            // name describes that name; a two-word title ("Ray Doucette Staff Writers") follows a name instead.
            if (authors.Count > 0 && RoleDescriptor().IsMatch(name) && !HasCompoundTitle(name))
            {
                // "— Nermin and Ana, editors": the role after the names is theirs.
                if (EditorRole().IsMatch(name) && role == "reporter")
                    for (var k = 0; k < authors.Count; k++) authors[k] = authors[k] with { Role = "editor" };
                continue;
            }
            // "Words by A, translated by B", "By A, translated from Haitian Creole by B": a credit inside the byline names its
            // own role.
            if (authors.Count > 0 && InnerCredit().Match(name) is { Success: true } credit)
            {
                if (credit.Success && TryParse(CreditLanguage().Replace(name, "")) is { } inner)
                    authors.AddRange(inner.Authors.Where(a => a.Role != "agency" && !authors.Any(b => b.Name == a.Name)));
                continue;
            }
            // "Ray Doucette Staff Writers": a job title after a name is not an outlet's staff.
            if (TitleSuffix().Match(name) is { Success: true, Index: > 0 } title && LooksLikePersonName(name[..title.Index].Trim()))
                name = name[..title.Index].Trim();
            if (TitleWords.Contains(name)) continue;

            var outlet = OutletDirectory.FindByName(name);
            if (outlet is not null || LooksLikeOutletName(name))
            {
                var outletName = outlet?.Name ?? OutletDirectory.CleanName(name);
                // An agency, outlet or desk credited alone ("By Reuters", "Author: KESTREL NEWS", "By LPA staff") is not a person.
                if ((outlet is { IsAgency: true } || outlet is null) && authors.Count == 0 && role == "reporter")
                {
                    authors.Add(new ArticleAuthor { Name = outletName, Role = "agency" });
                    continue;
                }
                if (authors.Count == 0 && outlet is null) return null;
                affiliation ??= outletName;
                continue;
            }

            // After a name, a segment with digits is the date or time the byline line runs on into ("By A, Ibadan -
            // June 3, 2024"), and a single word is the writer's place: neither is another writer.
            if (authors.Count > 0 && authors[0].Name.Contains(' ') && (name.Any(char.IsDigit) || !name.Contains(' '))) break;
            // "Por A e B, de Santarém (PA)", "By A, from Kigali": a place after a preposition is where they wrote from.
            if (authors.Count > 0 && FromPlace().IsMatch(name)) break;
            if (TimeOrIdiomAfterBy().IsMatch(name)) return null;
            // "Anjali MenonKochi": a place glued to the surname (a long lower-case run straight into a capital).
            var glued = GluedPlace().Match(name);
            if (glued.Success) name = name[..glued.Index];
            var stripped = TitleSuffix().Replace(name, "").Trim();
            if (!LooksLikePersonName(stripped)) return null;
            authors.Add(new ArticleAuthor
            {
                Name = PersonNameCase.Normalize(stripped),
                Email = email,
                EmailObfuscated = obfuscated,
                Role = role,
            });
        }

        if (authors.Count == 0) return null;
        if (listAffiliation is not null && affiliation is null)
            affiliation = OutletDirectory.FindByName(listAffiliation)?.Name ?? listAffiliation;
        var people = authors.Where(a => a.Role != "agency").ToList();
        for (var i = 0; i < contacts.Count && i < people.Count; i++)
        {
            var index = authors.IndexOf(people[i]);
            authors[index] = authors[index] with { Email = contacts[i].Email, EmailObfuscated = contacts[i].Obfuscated && contacts[i].Email is null };
        }
        if (affiliation is not null)
            authors = authors.Select(a => a.Role == "agency" ? a : a with { Affiliation = affiliation }).ToList();
        return new ParsedByline(authors, affiliation);
    }

    /// <summary>Wire credit lines: "Reporting by A and B; Additional reporting by C; Editing by D".</summary>
    private static ParsedByline? ParseCredits(string line)
    {
        var authors = new List<ArticleAuthor>();
        foreach (var part in line.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var m = CreditPart().Match(part.TrimEnd('.'));
            if (!m.Success) return null;
            var verb = m.Groups["verb"].Value.ToLowerInvariant();
            var role = verb.Contains("edit") ? "editor" : verb.Contains("translat") ? "translator" : verb.Contains("additional") ? "contributor" : "reporter";
            // "Reporting by A in Skopje and B in Ohrid": each writer's place goes.
            var parsed = TryParse("By " + NamePlace().Replace(m.Groups["names"].Value, ""));
            if (parsed is null) return null;
            authors.AddRange(parsed.Authors.Select(a => a.Role == "agency" ? a : a with { Role = role }));
        }
        return authors.Count == 0 ? null : new ParsedByline(authors, null);
    }

    /// <summary>Splits "A, B and C" outside brackets.</summary>
    private static IEnumerable<string> SplitSegments(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '(' or '[' or '<' or '{') depth++;
            else if (c is ')' or ']' or '>' or '}') depth = Math.Max(0, depth - 1);
            // A spaced dash ("Kadir Yazıcıoğlu - Rize") parts a name from its place; a hyphen inside a name does not.
            else if (depth == 0 && (c is ',' or ';' or '&' or '·' or '/' || IsWordAnd(text, i)
                                    || (c is '-' or '–' or '—' && i > 0 && text[i - 1] == ' ' && i + 1 < text.Length && text[i + 1] == ' ')))
            {
                yield return text[start..i];
                start = IsWordAnd(text, i) ? i + 4 : i + 1;
                if (IsWordAnd(text, i)) i += 3;
            }
            else if (depth == 0 && ForeignAnd(text, i) is > 0 and var n)
            {
                yield return text[start..i];
                start = i + n + 1;
                i += n;
            }
        }
        yield return text[start..];
    }

    private static bool IsWordAnd(string text, int i) =>
        i > 0 && i + 4 <= text.Length && text[i - 1] == ' ' && string.Compare(text, i, "and ", 0, 4, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>
    /// "A e B", "A y B", "A et B", "A und B", "A og B", "A och B", "A i B": "and" in the languages bylines are written in.
    /// A single word after it ends one person's name: "Montserrat Puigdevall i Serra", "José Ortega y Gasset" join two
    /// surnames (Catalan, Spanish and Portuguese double surnames), while the second of two persons has a name of its own.
    /// </summary>
    private static int ForeignAnd(string text, int i)
    {
        if (i == 0 || text[i - 1] != ' ' || !char.IsLower(text[i])) return 0;
        foreach (var word in ForeignConjunctions)
            if (i + word.Length + 1 < text.Length && string.CompareOrdinal(text, i, word, 0, word.Length) == 0 && text[i + word.Length] == ' '
                && char.IsUpper(text[i + word.Length + 1]) && char.IsLetter(text[i - 2])
                && !IsSingleWordTail(text, i + word.Length + 1))
                return word.Length;
        return 0;
    }

    /// <summary>Only one word stands from <paramref name="from"/> to the end of the name (the text's end or a separator).</summary>
    private static bool IsSingleWordTail(string text, int from)
    {
        var end = text.IndexOfAny([',', ';', '&', '·', '/', '(', '|'], from);
        var tail = (end < 0 ? text[from..] : text[from..end]).Trim();
        var andAt = tail.IndexOf(" and ", StringComparison.OrdinalIgnoreCase);
        if (andAt >= 0) tail = tail[..andAt];
        return tail.Length > 0 && !tail.Contains(' ');
    }

    private static readonly string[] ForeignConjunctions = ["und", "och", "et", "og", "e", "y", "i"];

    private static (string Name, string? Email, bool Obfuscated) SplitEmail(string segment)
    {
        var obfuscated = false;
        string? email = null;
        var rest = segment;

        var cloud = Cloudflare().Match(rest);
        if (cloud.Success)
        {
            obfuscated = true;
            rest = rest.Remove(cloud.Index, cloud.Length);
        }
        var spelled = SpelledOut().Match(rest);
        if (spelled.Success)
        {
            obfuscated = true;
            rest = rest.Remove(spelled.Index, spelled.Length);
        }
        var plain = Email().Match(rest);
        if (plain.Success)
        {
            email = plain.Value;
            obfuscated = false;
            rest = rest.Remove(plain.Index, plain.Length);
        }
        rest = EmptyBrackets().Replace(rest, " ");
        return (rest.Trim(), email, obfuscated && email is null);
    }

    internal static bool LooksLikePersonName(string name)
    {
        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Rosa María de la Cruz Ochoa": particles do not count towards a name's length
        if (tokens.Length == 0 || tokens.Count(t => !IsParticle(t)) > MaxNameWords || tokens.Length > MaxNameWords + 3) return false;
        // "BY THE NUMBERS", "By The Way": a heading, not a person ("The" opens no one's name)
        if (tokens.Length > 1 && tokens[0] is var first && (first.Equals("the", StringComparison.OrdinalIgnoreCase) || first.Equals("by", StringComparison.OrdinalIgnoreCase))) return false;
        var capitalized = 0;
        foreach (var token in tokens)
        {
            if (!NameToken().IsMatch(token)) return false;
            // Scripts without case (Devanagari, Bengali, Arabic, Georgian, Han) start every name like a capital.
            if (char.IsUpper(token[0]) || !char.IsLower(token[0])) capitalized++;
            else if (!IsParticle(token)) return false;
        }
        return capitalized >= 1 && (tokens.Length > 1 || name.Length >= 3);
    }

    /// <summary>How many capitalised words a person's name may have.</summary>
    public const int MaxNameWords = 5;

    private static bool IsParticle(string token) => token.Length > 0 && char.IsLower(token[0]) && PersonNameCase.IsParticle(token);

    private static bool LooksLikeOutletName(string name) =>
        (OutletNameWords.IsMatch(name) || OutletNameWords.IsMatch(PersonNameCase.Normalize(name)) || StaffWords().IsMatch(name)) && name.Split(' ').Length <= 7;

    [GeneratedRegex(@"\b(?:staff|desk|newsroom|bureau|editors|editorial board|team)\b", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex StaffWords();

    private static bool HasCompoundTitle(string name) =>
        TitleSuffix().Match(name) is { Success: true, Index: > 0 } title && title.Value.Trim().Trim(',').Trim().Contains(' ');

    private static string RoleFor(string prefix)
    {
        var p = prefix.ToLowerInvariant();
        if (p.Contains("translat") || p.Contains("version")) return "translator";
        if (p.Contains("edit")) return "editor";
        if (p.Contains("contribut")) return "contributor";
        return "reporter";
    }

    [GeneratedRegex(@"^(?<prefix>(?i:translated|edited)\s+by|(?:Written|Reported|Story|Words|Text|Translated|Translation|Edited|Compiled|Contributed|Original reporting|Reporting|Review|Interview|Analysis|Commentary|Column|Essay|Profile|Feature|(?:Live\s+)?(?:[Cc]overage|[Bb]log|[Uu]pdates|[Rr]eporting))\s+by|(?:\p{Lu}\p{Ll}+\s+)?(?:[Vv]ersion|[Tt]ranslation)(?:\s+by|(?=\s*:))|(?:Story|Text|Words|Original reporting)(?=\s*:)|Source(?=\s*:\s*[^,]+,\s*(?:Contributor|Correspondent|Reporter|Staff|Writer|Journalist)\b)|[Dd]i(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu})|(?:Ni|NI)(?=\s+\p{Lu}\p{Ll}+\s+\p{Lu})|Original(?:\s+(?:text|story|article|report))?\s+by|BY|By|by|Authors?|AUTHORS?|Writers?|Reporters?|REPORTER|Staff [Rr]eporter|Correspondent|Staff [Ww]riter|[—–]|(?:Por|POR|Par|PAR|Von|VON|Door|DOOR|Af|AF|Av|AV|Przez|PRZEZ|Autor|AUTOR|Autora|Autores|Autorzy|Autors|Autoriai|Autorius|Auteur|Auteurs|Texto|Texte|Tekst|Tekijä|Författare|Forfatter|Yazar|Автор|Авторы|Текст|Автори|Deur|DEUR|Mwandishi|Waandishi|Oleh|OLEH|Penulis|PENULIS|Pewarta|Wartawan|Testua|Idazlea|Testo|Autore|Autori|Autorka|Teksti|Kirjoittaja|Toimittaja|Teksts|Tekstas|Besedilo|Szöveg|Szerző|Κείμενο|Skrywer|Verslaggewer|Umbhali|Mutori)(?=\s*:?\s+\p{Lu})|(?:Bài|Tác giả|Phóng viên)(?=\s*:\s*\p{Lu})|Original\s+authors?(?=\s*:)|(?:रिपोर्ट|लेखक|संवाददाता|প্রতিবেদক|লেখক|প্রতিবেদন|رپورٹ|تحریر|記者|기자)(?=\s*:\s*\S)|(?:Reporting|Report|Reportagem|Reportaje|Muhabir|Haber)(?=\s*:\s*\p{Lu}))\s*[:\s]\s*(?<rest>.+)$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Prefix();

    // "This story was written by Kang Ye-rin and is read by a synthetic voice.": the writer named in a sentence about this text.
    [GeneratedRegex(@"^(?:This|The) (?:story|article|piece|report|column|post) (?:was|is|has been) (?:written|reported) by (?<names>\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){1,3}(?:\s+and\s+\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){1,3})?)(?=[.,;]|\s+and\s+\p{Ll}|\s*$)", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SentenceByline();

    [GeneratedRegex(@"\s*\((?![^)]*@)(?![^)]*protected)(?![^)]*\bat\b)(?![^)]*\bdot\b)[^()]{2,60}\)\s*$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex TrailingParenthetical();

    // "Nam Ji-hoon, staff reporter": a name with its title and nothing else.
    [GeneratedRegex(@"^(?<name>(?:\p{Lu}[\p{L}'’.\-]+\s+){1,3}\p{Lu}[\p{L}'’.\-]+),\s*(?:[\p{L}-]+\s+){0,2}(?:reporter|writer|correspondent|columnist|journalist)\.?$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NameWithTitle();

    [GeneratedRegex(@"[\[\(<](?<inner>[^\[\]\(\)<>]*(?:@|protected|\[at\]|\(at\))[^\[\]\(\)<>]*(?:[,;][^\[\]\(\)<>]*)+)[\]\)>]\s*$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex TrailingContactGroup();

    /// <summary>True for a line that is only a job title ("STAFF WRITER", "Correspondent").</summary>
    /// <summary>"Reporting by A; Editing by B": a wire credit line, read whole by <see cref="TryParse"/> with a role per part.</summary>
    public static bool IsCreditLine(string line) => CreditLine().IsMatch(line);

    public static bool IsTitleLine(string line) => TitleWords.Contains(line.Trim().Trim(',', '.', ' '));

    // "홍길동 기자 hong@example.kr", "[중앙일보] 홍길동 기자"
    [GeneratedRegex(@"^(?:\[[^\]]{1,20}\]\s*)?(?<name>[가-힣]{2,4})\s*(?:기자|특파원|선임기자|수석기자|객원기자|논설위원)\s*(?:[\[\(<]?(?<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[\]\)>]?)?\s*$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex KoreanByline();

    [GeneratedRegex(@"^(?:Additional reporting|Reporting|Writing|Editing|Translation|Translating|Compiled) by\s+\S", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^(?<verb>Additional reporting|Reporting|Writing|Editing|Translation|Translating|Compiled) by\s+(?<names>.+)$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CreditPart();

    [GeneratedRegex(@"^(?:[\p{Lu}][\p{L}'’.\-]+\s+){1,3}[\p{Lu}][\p{L}'’.\-]+\s*[\[\(<]\s*\[?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|email\W{0,3}protected)\]?\s*[\]\)>]$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NameWithContact();

    [GeneratedRegex(@"(?<=\s\p{Lu}\p{Ll}{3,})\p{Lu}\p{Ll}{2,}$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex GluedPlace();

    [GeneratedRegex(@"\s*\|.*$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex TrailingPipe();

    [GeneratedRegex(@"\s*,\s*(?:who|whose|which)\s.*$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"\p{L}{3}\.$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex FinalStop();

    // "By July, 412 residents ...", "By Monday": a sentence opening with a time, not a byline.
    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|Winter|Noon|Midnight|Then|Now|Far|Contrast|Law|Comparison|Design|Default|Nightfall|Dawn)$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex TimeOrIdiomAfterBy();

    // ("A and B, Plaza Xela", "A and B / Prensa del Altiplano")
    [GeneratedRegex(@"\s(?:and|&)\s[^,/]+(?:,|\s/)\s*(?<tail>[^,/]+)$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex ClosedListTail();

    // "By Renata Albuquerque - Reporter of Agência Sertão": the writer's role and outlet after a dash.
    [GeneratedRegex(@"\s+[-–—]\s+(?:(?:Senior|Staff|Special|Chief|Contributing|Local)\s+)?(?:Reporter|Correspondent|Editor|Writer|Journalist|Columnist|Contributor)s?\b.*$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex TrailingRoleOf();

    [GeneratedRegex(@"^(?:[\p{L}.'’-]+\s+){0,3}(?:correspondent|reporter|writer|editor|columnist|bureau chief|contributor|photographer|journalist)s?$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex RoleDescriptor();

    [GeneratedRegex(@"\s+in\s+(?-i:\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)?)(?=\s*(?:,|and\b|&|$))", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NamePlace();

    [GeneratedRegex(@"^\s*by\s+", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex LeadingBy();

    [GeneratedRegex(@"^\s*[—–-]{1,3}\s*\S.{0,60}?\s*[—–-]{1,3}\s*$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex DashWrapped();

    [GeneratedRegex(@"^\s*(?:Posted|Published|Written)(?:\s+(?:on|at)\s+[^|]{4,40}?)?\s+by\s+(?<names>\p{Lu}.+)$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex PostedBy();

    [GeneratedRegex(@"^(?:(?:managing|senior|news|the)\s+)?editors?$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex EditorRole();

    [GeneratedRegex(@"^(?<desk>\p{Lu}[^|—–:]{2,60}?)\s+[—–|]\s+(?<byline>(?:By|BY|Reporters?|REPORTER|Text|Words|Written by|Reported by)\b\s*:?\s*\p{Lu}.*)$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex DeskBeforeByline();

    [GeneratedRegex(@"^(?:translated|translation|edited|additional reporting)(?:\s+(?:from|out of)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)?\s+by\s+\p{Lu}", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex InnerCredit();

    // "from Haitian Creole" in "translated from Haitian Creole by B": the language, not a name.
    [GeneratedRegex(@"(?<=^\p{L}+)\s+(?:from|out of)\s+.+?(?=\s+by\s)", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex CreditLanguage();

    [GeneratedRegex(@"\s+in\s+[A-Z][A-Za-z.\- ]{1,30}$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex TrailingLocation();

    [GeneratedRegex(@"\[?\s*email(?:&#160;|&nbsp;|&#xa0;|\W){0,3}protected\s*\]?", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Cloudflare();

    [GeneratedRegex(@"[\w.+-]+\s*[\[\(\{]\s*at\s*[\]\)\}]\s*[\w-]+(?:\s*[\[\(\{]\s*dot\s*[\]\)\}]\s*[\w-]+)+|[\w.+-]+\s+at\s+[\w-]+(?:\s+dot\s+[\w-]+)+", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex SpelledOut();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Email();

    [GeneratedRegex(@"[\[\(<\{]\s*[\]\)>\}]", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"^[\p{L}][\p{L}\p{M}'’.\-]*$", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NameToken();

    [GeneratedRegex(@",?\s*(?:Staff Reporter|Staff Writer|Correspondent|Reporter|Senior Reporter|Staff Photographer|Contributing Writer)s?$", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex TitleSuffix();

    [GeneratedRegex(@"(?<=\p{L})\s*\((?:a\s+|not\s+(?:his|her|their)\s+real\s+name|pen\s+name|pseudonym|name\s+(?:changed|withheld)|alias)[^)]{0,20}\)", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex NameRemark();
}
