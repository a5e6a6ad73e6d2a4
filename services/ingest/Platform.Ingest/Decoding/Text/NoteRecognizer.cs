using System.Text.RegularExpressions;

namespace Platform.Ingest.Decoding.Text;

/// <summary>
/// Recognizes short note-like lines that belong to the article but not to its body: translation and AI notes,
/// editor's notes, corrections, "originally appeared" lines, author bios. A long body paragraph that merely talks
/// about translation is not a note.
/// </summary>
public static partial class NoteRecognizer
{
    public static bool IsNote(string line)
    {
        if (line.Length < 8 || line.Length > 600) return false;
        if (LabelledNote().IsMatch(line)) return true;
        if (Bracketed().IsMatch(line) && NoteKeywords().IsMatch(line)) return true;
        if (line.Length > 320) return false;
        if (!NoteKeywords().IsMatch(line)) return false;
        if (NoteOpening().IsMatch(line)) return true;
        // A keyword elsewhere in the line: only a short line without reporting verbs or quotes is a note.
        if (ReportingVerb().IsMatch(line) || StartsWithQuote(line)) return false;
        return line.Length <= 220 && SentenceCount(line) <= 2;
    }

    private static bool StartsWithQuote(string line) => line.Length > 0 && line[0] is '"' or '“' or '\'' or '‘';

    private static int SentenceCount(string line) => SentenceEnd().Matches(line).Count + (SentenceEnd().IsMatch(line[^1..]) ? 0 : 1);

    [GeneratedRegex(@"^[\[\(\*\s]*(?:Editor'?s?['’]?s?\s*note|Editors['’]\s*note|Ed\.?\s*note|Note from the editor|Correction|Corrections|Clarification|Update|Updated note|Disclosure|Disclaimer|Translator'?s?['’]?\s*note|Translation|Translated|Transl\.|Note|Notice|Author'?s note)\s*[:\]\)\-—–]", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledNote();

    [GeneratedRegex(@"^\s*(?:\[.*\]|\(.*\)|\*.+)\s*$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"translat|machine[- ]translat|generative AI|\bAI\b|artificial intelligence|originally (?:appeared|published|written|ran|posted)|first (?:published|appeared|ran)|read the original|original (?:article|story|version|text)|(?:Korean|Japanese|Chinese|Russian|German|French|Spanish)[- ]language (?:original|version|article|edition)|was written in|written in (?:Korean|Japanese|Chinese|Russian|German|French|Spanish)|this (?:article|story|report|piece|column|interview|editorial) (?:was|has been|is|were)|an earlier version|editor'?s note|correction|corrected|with the (?:help|assistance|aid|use) of|adapted from|reproduced from|republished|(?:the )?(?:writer|author|columnist) is (?:a|an|the)|views expressed|does not necessarily reflect|DeepL|Google Translate|Papago|ChatGPT", RegexOptions.IgnoreCase)]
    private static partial Regex NoteKeywords();

    [GeneratedRegex(@"^[\[\(\*\s]*(?:Translated|Translation|Machine[- ]translated|AI[- ]translated|This (?:article|story|report|piece|column|interview|editorial|text|content)|The (?:article|story|original|writer|author|columnist)|Originally|First (?:published|appeared)|Read the original|An earlier version|A previous version|Correction|Edited by|Written in|Produced|Adapted|Republished|With the (?:help|assistance)|Generated|Powered by|The views)", RegexOptions.IgnoreCase)]
    private static partial Regex NoteOpening();

    [GeneratedRegex(@"\b(?:said|says|told|according to|stated|noted|added|explained|argued|claimed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"[.!?](?=\s|$)")]
    private static partial Regex SentenceEnd();
}
