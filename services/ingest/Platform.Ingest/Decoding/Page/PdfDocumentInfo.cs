using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Ingest.Decoding.Page;

/// <summary>
/// The document-information lines a PDF text export starts with ("%PDF-1.7 text layer — file.pdf", "Title: ...",
/// "Producer: LibreOffice", "Created: 2024-10-07 18:02"): the file's, not the story's. Its creation date is not the
/// publication date, and its title is the document's, so the lines are taken out before the page is read.
/// </summary>
public static partial class PdfDocumentInfo
{
    public const string Reason = "document-info";
    private const int MaxLines = 10;

    public static IReadOnlyList<string> Strip(IReadOnlyList<string> lines, ArticleDraft draft)
    {
        var end = 0;
        var pdfMark = false;
        while (end < Math.Min(lines.Count, MaxLines))
        {
            var line = lines[end].Trim();
            if (line.Length == 0 && end > 0) { end++; continue; }
            if (PdfHeader().IsMatch(line)) pdfMark = true;
            else if (!InfoField().IsMatch(line)) break;
            else if (ProducerField().IsMatch(line)) pdfMark = true;
            end++;
        }
        if (!pdfMark || end < 2) return lines;
        for (var i = 0; i < end; i++) draft.Remove(lines[i], Reason);
        return lines.Skip(end).ToList();
    }

    [GeneratedRegex(@"^%PDF-\d(?:\.\d)?\b", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex PdfHeader();

    [GeneratedRegex(@"^(?:Title|Producer|Creator|Created|CreationDate|Creation date|ModDate|Modified|Author|Subject|Keywords|Pages|Page size|PDF version|Tagged|Encrypted)\s*:", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex InfoField();

    [GeneratedRegex(@"^(?:Producer|Creator|PDF version)\s*:", RegexOptions.IgnoreCase, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex ProducerField();
}
