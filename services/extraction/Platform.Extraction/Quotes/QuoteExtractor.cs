using Platform.Contracts;
using Platform.Extraction.Dates;

namespace Platform.Extraction.Quotes;

/// <summary>
/// Finds direct quotations and who said them.
/// <list type="bullet">
/// <item>Quotes in curly, straight or angle marks, paragraph by paragraph; nested single quotes stay in the text. A
/// quote left open at a paragraph end and reopened at the next paragraph start is one multi-paragraph quote, reported
/// as one quote per paragraph segment sharing one speaker (so Text always equals the body between Start and End).</item>
/// <item>Text is the inner text without marks; Start/End is the inner span.</item>
/// <item>Speaker from the reporting clause after the quote (", Vogt said", ", said Lena Vogt") or before it in the same
/// sentence ("Vogt said: ", "called it"), resolved by <see cref="SpeakerResolver"/>. A quote with no clause of its
/// own takes the speaker of an attributed quote earlier in its paragraph, or of a clause ending the previous paragraph
/// with a colon, or of the person the previous paragraph introduces (<see cref="IntroducedSpeaker"/>), or of the quote
/// just before when it stands alone in the next paragraph; a partial quote inside a sentence, of the person that
/// sentence names before it; with lower confidence.</item>
/// <item>Scare quotes, 1-3 words with no reporting clause ("so-called “peace dividend”"), are skipped: they mark a term,
/// not speech.</item>
/// <item>When <c>translated</c> is true every quote is marked Translated: the words are not the speaker's own.</item>
/// </list>
/// Thread-safe: the instance holds no state.
/// </summary>
public sealed class QuoteExtractor
{
    public const string Version = "quotes-1.0";

    private sealed record Found(QuoteSpan Span, Attribution? Attribution, ResolvedSpeaker? Speaker, string Evidence, double Confidence);

    /// <param name="body">The article body.</param>
    /// <param name="entities">Entities found in the body (name, nominal, pronoun mentions with offsets); may be empty.</param>
    /// <param name="translated">True when provenance says the article is a translation.</param>
    public IReadOnlyList<ExtractedQuote> Extract(string body, IReadOnlyList<ExtractedEntity> entities, bool translated)
    {
        ArgumentNullException.ThrowIfNull(body);
        entities ??= [];
        var spans = QuoteSpanFinder.Find(body);
        var found = new Found?[spans.Count];
        ResolvedSpeaker? previous = null;

        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var attribution = FindAttribution(body, span);
            if (attribution is null && span.Previous >= 0 && found[span.Previous] is { Attribution: not null } prior)
            {
                found[i] = prior with { Span = span, Evidence = "quote:multi-paragraph", Confidence = prior.Confidence };
                continue;
            }
            if (attribution is null)
            {
                // A multi-paragraph quote may carry its clause on a later segment.
                for (var k = span.Next; k >= 0 && attribution is null; k = spans[k].Next)
                    attribution = FindAttribution(body, spans[k]);
            }
            if (attribution is not null)
            {
                var speaker = SpeakerResolver.Resolve(body, attribution, span.Start, entities, previous);
                var confidence = speaker.Confidence - (attribution.Position == "before" ? 0.05 : 0);
                found[i] = new Found(span, attribution, speaker, "attribution:" + attribution.Position + ";" + speaker.Evidence, confidence);
                if (speaker.Name is not null) previous = speaker;
                continue;
            }
            found[i] = Inherit(body, spans, found, i, entities, previous);
        }

        var quotes = new List<ExtractedQuote>();
        foreach (var f in found)
        {
            if (f is null) continue;
            quotes.Add(new ExtractedQuote
            {
                Speaker = f.Speaker?.Name,
                SpeakerEntityId = f.Speaker?.EntityId,
                Text = body[f.Span.Start..f.Span.End],
                Start = f.Span.Start,
                End = f.Span.End,
                Verb = f.Attribution?.Verb,
                Confidence = Math.Round(Math.Clamp(f.Confidence, 0, 1), 2),
                Translated = translated,
                Evidence = f.Evidence,
            });
        }
        return quotes;
    }

    private static Attribution? FindAttribution(string body, QuoteSpan span)
    {
        var after = AttributionFinder.After(body, span.Close, span.ParagraphEnd);
        if (after is not null) return after;
        var (sentenceStart, _) = TextSpans.Sentence(body, span.Open, span.Open);
        return AttributionFinder.Before(body, span.Open, Math.Max(sentenceStart, span.ParagraphStart));
    }

    /// <summary>A quote without a clause of its own: inherit from the paragraph or the quote before, or skip scare quotes.</summary>
    private static Found? Inherit(string body, List<QuoteSpan> spans, Found?[] found, int i, IReadOnlyList<ExtractedEntity> entities, ResolvedSpeaker? previous)
    {
        var span = spans[i];
        var words = body.AsSpan(span.Start, span.End - span.Start).Trim().Split(' ');
        var count = 0;
        foreach (var _ in words) count++;
        var isScare = count <= 3 && span.Close >= 0;

        for (var k = i - 1; k >= 0 && spans[k].ParagraphStart == span.ParagraphStart; k--)
            if (found[k] is { Speaker.Name: not null } same)
                return isScare ? null : same with { Span = span, Attribution = same.Attribution, Evidence = "quote:same-paragraph", Confidence = same.Confidence - 0.15 };

        if (isScare) return null;

        // A paragraph that opens with the quote, after a paragraph ending "... said:" or after an attributed quote.
        var paragraphOpensWithQuote = body.AsSpan(span.ParagraphStart, span.Open - span.ParagraphStart).Trim().Length == 0;
        if (paragraphOpensWithQuote && span.ParagraphStart > 0)
        {
            var prevEnd = span.ParagraphStart;
            while (prevEnd > 0 && char.IsWhiteSpace(body[prevEnd - 1])) prevEnd--;
            if (prevEnd > 0 && body[prevEnd - 1] == ':')
            {
                var (sentenceStart, _) = TextSpans.Sentence(body, prevEnd - 1, prevEnd - 1);
                var lead = AttributionFinder.Before(body, prevEnd, sentenceStart);
                if (lead is not null)
                {
                    var speaker = SpeakerResolver.Resolve(body, lead, span.Start, entities, previous);
                    return new Found(span, lead, speaker, "attribution:colon-lead;" + speaker.Evidence, speaker.Confidence - 0.1);
                }
            }
            // a paragraph that is only the quote, named by the one after it ("That was the view of programmer X, ...")
            if (span.Close >= 0 && body.AsSpan(span.Close + 1, Math.Max(0, span.ParagraphEnd - span.Close - 1)).Trim().Length == 0
                && IntroducedSpeaker.FromNextParagraph(body, span.ParagraphEnd, entities) is { } namedAfter)
                return new Found(span, null, namedAfter, "quote:" + namedAfter.Evidence, namedAfter.Confidence);
            // the paragraph before introduces the speaker ("Rajesh Pradhan, who manages the estate, keeps ...")
            if (IntroducedSpeaker.FromPreviousParagraph(body, span.ParagraphStart, entities) is { } introduced)
                return new Found(span, null, introduced, "quote:" + introduced.Evidence, introduced.Confidence);
            if (i > 0 && found[i - 1] is { Speaker.Name: not null } prior && spans[i - 1].ParagraphEnd < span.ParagraphStart)
                return prior with { Span = span, Evidence = "quote:continuation", Confidence = 0.55 };
        }
        else if (IntroducedSpeaker.InSentenceBefore(body, span.Open, span.ParagraphStart, entities) is { } named)
            return new Found(span, null, named, "quote:" + named.Evidence, named.Confidence);
        return new Found(span, null, null, "quote:unattributed", 0.3);
    }
}
