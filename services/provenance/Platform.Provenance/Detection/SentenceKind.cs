namespace Platform.Provenance.Detection;

/// <summary>What one sentence of a note or of the body says about translation.</summary>
public enum SentenceKind
{
    /// <summary>Nothing about translation.</summary>
    None,
    /// <summary>Says the article was translated ("Translated from ...", "X translated this article ...").</summary>
    Translation,
    /// <summary>Says where or in which language the article first appeared ("first published in Japanese by ...").</summary>
    Origin,
    /// <summary>Points to the original ("Read the original article in Korean").</summary>
    OriginalLink,
    /// <summary>Says the article is original, not a translation ("This article was written in English").</summary>
    OriginalStatement,
    /// <summary>Says the text itself was written or produced with AI (not a translation): relevant to AI Act Art. 50(4).</summary>
    AiGeneration,
    /// <summary>Adds detail to a neighbouring disclosure ("It was reviewed by our editors.", "Edited by ...").</summary>
    Continuation,
    /// <summary>Credits a translation of one quote.</summary>
    QuoteTranslation,
    /// <summary>An audio / text-to-speech note.</summary>
    Audio,
    /// <summary>A site-wide slogan about translation or languages.</summary>
    SiteSlogan,
    /// <summary>The body talks about machine translation or AI as a topic.</summary>
    Topic,
    /// <summary>
    /// Speaks of another text, not this one: a translation published elsewhere or still to come, another edition's
    /// separate reporting, versions in other languages, a link heading, a proxy's banner. No disclosure of this text, and
    /// the learned model may not overrule the rule that said so.
    /// </summary>
    Elsewhere,
    /// <summary>No rule matched, but the learned disclosure-sentence model reads it as this text's translation disclosure.</summary>
    LearnedDisclosure,
}
