using System.Text.RegularExpressions;
using Platform.Ingest.Decoding.Time;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Text;

/// <summary>A published or modified date found on a meta line.</summary>
public sealed record DateMention(string Kind, string Raw, ParsedDate Date);

/// <summary>
/// Recognizes meta lines carrying dates: "Published: 19 Jun. 2025, 14:28", "Updated: ...", "Posted ...",
/// "Last Updated: Monday 3 March 2021 06:30 GMT", "입력 2023. 11. 7. 09:05", or a line that is only a date.
/// A line may hold both ("Published ... | Updated ...").
/// </summary>
public static partial class DateLineRecognizer
{
    public const string Published = "published";
    public const string Modified = "modified";

    public static IReadOnlyList<DateMention>? TryRead(string line)
    {
        if (line.Length > 160) return null;
        var labels = Label().Matches(line);
        var mentions = new List<DateMention>();
        if (labels.Count > 0 && labels[0].Index <= 3)
        {
            for (var i = 0; i < labels.Count; i++)
            {
                var start = labels[i].Index + labels[i].Length;
                var end = i + 1 < labels.Count ? labels[i + 1].Index : line.Length;
                var raw = line[start..end].Trim().Trim('|', '·', ',', ' ', '/', ';').Trim();
                var parsed = DateTextParser.Parse(raw);
                if (parsed is null || !MostlyDate(OnWord().Replace(raw, " "))) continue;
                mentions.Add(new DateMention(KindOf(labels[i].Groups["label"].Value), raw, parsed));
            }
            return mentions.Count > 0 ? mentions : null;
        }

        // A line that is nothing but a date (and maybe a weekday / zone).
        var bare = line.Trim();
        var date = DateTextParser.Parse(bare);
        if (date is not null && MostlyDate(bare))
            return [new DateMention(Published, bare, date)];
        return null;
    }

    [GeneratedRegex(@"^\s*(?:on|at)\s+|\s+at\s+", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex OnWord();

    private static string KindOf(string label)
    {
        var l = label.ToLowerInvariant();
        return l.Contains("updat") || l.Contains("modif") || l.Contains("revis") || l.Contains("edit") || l.Contains("수정") || l.Contains("更新")
               || l.Contains("actualiz") || l.Contains("atualiz") || l.Contains("mis à jour") || l.Contains("aktuali") || l.Contains("aggiorn")
               || l.Contains("bijgewerkt") || l.Contains("diperbarui") || l.Contains("güncel") || l.Contains("zaktualiz") || l.Contains("päivitetty")
               || l.Contains("uppdater") || l.Contains("oppdater") || l.Contains("opdater") || l.Contains("aktualizov") || l.Contains("ažurir")
               || l.Contains("обновл") || l.Contains("оновл") || l.Contains("अपडेट") || l.Contains("আপডেট") || l.Contains("হালনাগাদ") || l.Contains("اپ")
            ? Modified
            : Published;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?<label>Last\s+Updated|Last\s+Modified|Last\s+updated|First\s+Published|(?:Re-?)?Published(?:\s+on)?|Re-?posted|Updated(?:\s+on)?|Modified(?:\s+on)?|Posted(?:\s+on)?|Revised|Created|Date|Dated|Filed|Released|Issued|Edited|Uploaded|Input|Publicado|Publicada|Publié|Publiée|Veröffentlicht|Pubblicato|Gepubliceerd|Diterbitkan|Dipublikasikan|Yayınlanma|Yayınlandı|Opublikowano|Julkaistu|Publicerad|Publisert|Publiceret|Actualizado|Atualizado|Mis à jour|Aktualisiert|Aggiornato|Bijgewerkt|Diperbarui|Güncelleme|Güncellendi|Zaktualizowano|Aktualizacja|Päivitetty|Uppdaterad|Oppdatert|Opdateret|Publikováno|Aktualizováno|Objavljeno|Ažurirano|Опубликовано|Обновлено|Опубліковано|Оновлено|प्रकाशित|अपडेटेड|अपडेट|প্রকাশিত|আপডেট|হালনাগাদ|شائع|اپ\s?ڈیٹ|입력|수정|등록|승인|작성|発行|更新|公開|发布|發佈)(?:\s*(?:date|time|at))?\s*[:：]?\s*", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Label();

    /// <summary>True when the text holds nothing but a date: digits, punctuation, month and weekday names, time words and zones.</summary>
    private static bool MostlyDate(string text)
    {
        // A named zone ("(Brasília time)", "(hora de Montevideo)") is part of the date.
        Time.ZoneNames.Find(text, out var withoutZone);
        var rest = DateWords().Replace(withoutZone, " ");
        // Month and weekday names, connectors and "time" words of other languages ("Kamis, 14 Agustus 2025 pukul 10:32").
        // The place a time is given in ("03.06.2024, 11:05 (Baku, GMT+4)") when the tz database names it.
        rest = OtherWord().Replace(rest, m => Time.CalendarWords.Months.ContainsKey(m.Value) || Time.CalendarWords.DateFiller.Contains(m.Value)
            || (char.IsUpper(m.Value[0]) && Time.PlaceZones.IsPlace(m.Value)) ? " " : m.Value);
        return !Letter().IsMatch(rest);
    }

    [GeneratedRegex(@"[\p{L}][\p{L}\p{M}-]*", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex OtherWord();

    [GeneratedRegex(@"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|[AaPp]\.?[Mm]\.?|(?-i:[A-Z]{2,5})|(?-i:T|Z)|st|nd|rd|th|of|on|at|h|hrs|time|standard|daylight|local|Moscow|Seoul|Tokyo|Beijing|Korea|Korean|Japan|London|Paris|Berlin|Eastern|Pacific|Central|Hong Kong|Singapore)\b|(?<=\d)[TZ]|(?<=\d)[AaPp]\.?[Mm]\.?|[년월일시분]|오전|오후|年|月|日|時|分", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex DateWords();

    [GeneratedRegex(@"\p{L}", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Letter();
}
