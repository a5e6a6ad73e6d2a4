using System.Text.RegularExpressions;
using Platform.Contracts;
using Platform.Provenance.Learning;
using static Platform.Provenance.Detection.DisclosurePatterns;

namespace Platform.Provenance.Detection;

/// <summary>
/// Reads an article's translation notes (in <see cref="ArticleDocument.Notes"/> or in the body, before, inside or after it)
/// into a <see cref="TranslationProvenance"/>: whether the article is a translation, from which outlet and language,
/// by what means, reviewed by whom, with evidence spans; plus a suspicion from undisclosed signals and an
/// EU AI Act Art. 50(4) reading. Stateless and thread-safe; no I/O.
/// </summary>
public sealed class TranslationProvenanceDetector
{
    public const string Version = "provenance-1.0";

    /// <summary>
    /// The learned model's probability at or above which a sentence no rule recognised is read as a translation disclosure
    /// (when no rule found one on the page); on a page where a rule already explained the talk of translation (a topic
    /// mention, a quote credit, an audio note, a slogan), the higher bar.
    /// Chosen by leave-one-batch-out cross-validation (<c>platform train disclosure --cross-validate</c>).
    /// </summary>
    public const double LearnedThreshold = 0.7;

    public const double LearnedThresholdWhereExplained = 0.95;

    /// <summary>A label of fewer words ("English version", a menu item) has too little wording for the model to read.</summary>
    public const int LearnedMinimumWords = 4;

    private readonly DisclosureSentenceModel model;
    private readonly double learnedThreshold;

    /// <param name="model">The learned disclosure-sentence model; the shipped one when null.</param>
    /// <param name="learnedThreshold">The model's bar (cross-validation tries others); <see cref="LearnedThreshold"/> by default.</param>
    public TranslationProvenanceDetector(DisclosureSentenceModel? model = null, double learnedThreshold = LearnedThreshold)
    {
        this.model = model ?? DisclosureSentenceModel.Default;
        this.learnedThreshold = learnedThreshold;
    }

    private sealed record Reading(DisclosureGroup Group, string Kind, bool? IsTranslation, ParsedDisclosure? Parsed,
        string? SourceLanguage, string? SourceLanguageBasis, string? TargetLanguage, double Confidence);

    /// <param name="cancellationToken">The stage's processing budget: checked for every sentence classified.</param>
    public TranslationProvenance Detect(ArticleDocument article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        // Messages may arrive with null lists from older producers: read them as empty.
        article = article with
        {
            Notes = article.Notes ?? [],
            Authors = article.Authors ?? [],
            Body = article.Body ?? "",
        };
        var body = article.Body;
        var guessedTarget = PageLanguage(article);

        var sentences = ArticleSentences.Of(article);
        string ContainerText(TextSentence s) => s.Location == "note" ? article.Notes[s.NoteIndex!.Value] : body;
        var classified = sentences.Select(s => (s.Sentence, Kind: Checked(cancellationToken) ?? SentenceClassifier.Classify(s.Sentence.Text, s.Sentence.Location == "note", s.Standalone, guessedTarget, s.ShortParagraph))).ToList();
        var words = sentences.GroupBy(s => (s.Sentence.Location, s.Sentence.Container))
            .ToDictionary(g => g.Key, g => g.First().Paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        var groups = DisclosureGrouper.Group(classified, ContainerText, s => words[(s.Location, s.Container)]);

        cancellationToken.ThrowIfCancellationRequested();
        var readings = groups.Select(g => Read(g, article, guessedTarget)).Where(r => r is not null).Select(r => r!).ToList();
        var topic = TopicReading(groups);
        if (topic is not null) readings.Add(topic);

        var primary = readings.OrderBy(Rank).ThenBy(r => r.Group.Location == "note" ? 0 : 1).ThenByDescending(DetailScore).FirstOrDefault();
        // (also over a bare pointer to the original, which says nothing of how this text was made)
        if ((primary is not { IsTranslation: true } || primary.Kind == NoteKinds.OriginalLink) && primary?.Kind != "original"
            && LearnedReading(article, sentences, classified, ContainerText, s => words[(s.Location, s.Container)], guessedTarget,
                readings.Any(r => r.Kind is NoteKinds.TopicOnly or NoteKinds.QuoteTranslation or NoteKinds.Audio or NoteKinds.SiteSlogan)) is { } learned)
        {
            readings.Add(learned);
            primary = learned;
        }
        cancellationToken.ThrowIfCancellationRequested();
        return Build(article, primary, readings, guessedTarget);
    }

    /// <summary>Throws when the budget has run out; otherwise null, so it can lead a per-item expression.</summary>
    private static SentenceKind? Checked(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return null;
    }

    /// <summary>The language the page is written in: the one ingest read, else the one its body's script and words suggest.</summary>
    public static string? PageLanguage(ArticleDocument article) =>
        string.IsNullOrWhiteSpace(article.Language) ? ScriptProfile.GuessLanguage(article.Body ?? "") : article.Language;

    /// <summary>
    /// When no rule recognised a disclosure: the sentence (of those no rule gave a kind) that the learned model scores
    /// highest, if it clears the threshold, read as a translation disclosure with its neighbours grouped as for a rule's.
    /// A sentence a rule read as a quote credit, an audio note, a slogan or an original statement is never overruled; one it
    /// read as a topic mention only at <see cref="LearnedThresholdWhereExplained"/>, which is also the bar wherever such a
    /// reading exists on the page.
    /// </summary>
    private Reading? LearnedReading(ArticleDocument article, List<ArticleSentences.Located> sentences,
        List<(TextSentence Sentence, SentenceKind Kind)> classified, Func<TextSentence, string> containerText,
        Func<TextSentence, int> containerWords, string? guessedTarget, bool explained)
    {
        var featured = DisclosureSentences.Of(sentences, guessedTarget);
        var best = -1;
        var bestProbability = 0.0;
        var higherBar = Math.Max(learnedThreshold, LearnedThresholdWhereExplained);
        var bar = explained ? higherBar : learnedThreshold;
        for (var i = 0; i < classified.Count; i++)
        {
            // (a topic mention is the weakest rule reading: the model may overrule it, at the higher bar)
            if (classified[i].Kind is not (SentenceKind.None or SentenceKind.Topic) || SentenceClassifier.WordCount(classified[i].Sentence.Text) < LearnedMinimumWords) continue;
            var probability = model.Probability(featured[i].Features);
            if (classified[i].Kind == SentenceKind.Topic && probability < higherBar) continue;
            if (probability > bestProbability) (best, bestProbability) = (i, probability);
        }
        // The chrome ingest set aside (a byline badge, a line under the headline, a bar in the navigation) is read too; a
        // line there that the rules read as a link to the original, a quote credit, an audio note, a slogan, a topic
        // mention, AI-written text or an original statement is not a candidate.
        DisclosureSentences.Featured? chromeBest = null;
        foreach (var candidate in DisclosureSentences.ChromeOf(article, guessedTarget))
        {
            if (SentenceClassifier.WordCount(candidate.Sentence.Text) < LearnedMinimumWords
                || SentenceClassifier.Classify(candidate.Sentence.Text, true, true, guessedTarget) is not (SentenceKind.None or SentenceKind.Translation or SentenceKind.Origin or SentenceKind.Continuation))
                continue;
            var probability = model.Probability(candidate.Features);
            if (article.Removed[candidate.Sentence.NoteIndex!.Value].Reason == DisclosureSentences.OtherItem && probability < higherBar) continue;
            if (probability > bestProbability) (chromeBest, bestProbability) = (candidate, probability);
        }
        if ((best < 0 && chromeBest is null) || bestProbability < bar) return null;

        DisclosureGroup group;
        if (chromeBest is { Sentence: var line })
        {
            group = new DisclosureGroup([line], [SentenceKind.LearnedDisclosure],
                [new TextPiece(line.Text, DisclosureSentences.ChromeLocation, line.NoteIndex, line.Start, line.End)]);
        }
        else
        {
            // (the other sentences of a short note or paragraph are read with it, unless a rule gave them another sense:
            // "X's English service is produced by translation software. Where the English and Japanese texts differ ...")
            var chosen = classified[best].Sentence;
            bool Sibling(int i) => i == best || (sentences[best].ShortParagraph && classified[i].Sentence.Location == chosen.Location
                && classified[i].Sentence.Container == chosen.Container && classified[i].Kind is SentenceKind.None or SentenceKind.Topic or SentenceKind.Continuation);
            var relabelled = classified.Select((c, i) => Sibling(i) ? (c.Sentence, SentenceKind.LearnedDisclosure) : c).ToList();
            group = DisclosureGrouper.Group(relabelled, containerText, containerWords).First(g => g.Sentences.Contains(classified[best].Sentence));
        }
        return Read(group, article, guessedTarget) is { IsTranslation: true } reading
            ? reading with { Confidence = Math.Round(Math.Min(0.9, bestProbability), 3) }
            : null;
    }

    /// <summary>Internal reading kind for a note saying the text was produced with AI (not a translation); NoteKind stays null.</summary>
    private const string AiGeneratedKind = "ai-generated";

    private static int Rank(Reading r) => r.Kind switch
    {
        NoteKinds.ArticleTranslation => 0,
        NoteKinds.Site => 0,
        NoteKinds.OriginalLink => 1,
        "original" => 2,
        AiGeneratedKind => 3,
        NoteKinds.QuoteTranslation => 4,
        NoteKinds.Audio => 5,
        NoteKinds.SiteSlogan => 6,
        _ => 7,
    };

    private static int DetailScore(Reading r) => r.Parsed is not { } p ? 0
        : (p.SourcePublication is null ? 0 : 1) + (r.SourceLanguage is null ? 0 : 1) + (p.Tool is null ? 0 : 1)
          + p.Translators.Count + p.Editors.Count + (p.Method == TranslationMethods.Unknown ? 0 : 1);

    private static Reading? Read(DisclosureGroup group, ArticleDocument article, string? guessedTarget)
    {
        if (group.Has(SentenceKind.QuoteTranslation)) return Simple(group, NoteKinds.QuoteTranslation, guessedTarget);
        if (group.Has(SentenceKind.Audio)) return Simple(group, NoteKinds.Audio, guessedTarget);
        if (group.Has(SentenceKind.SiteSlogan)) return Simple(group, NoteKinds.SiteSlogan, guessedTarget);
        if (group.Has(SentenceKind.Topic)) return null; // topic mentions are weighed together in TopicReading

        var text = group.Text;
        var learned = group.Has(SentenceKind.LearnedDisclosure);
        var translation = group.Has(SentenceKind.Translation) || learned;
        var origin = group.Has(SentenceKind.Origin);
        var link = group.Has(SentenceKind.OriginalLink);
        if (!translation && !origin && !link)
        {
            if (group.Has(SentenceKind.OriginalStatement))
                return new Reading(group, "original", false, null, null, null, guessedTarget, 0.85);
            if (group.Has(SentenceKind.AiGeneration))
                return new Reading(group, AiGeneratedKind, null, DisclosureParser.Parse(text, guessedTarget), null, null, guessedTarget, 0.8);
            return null;
        }

        // "Translated from: English (detected) → English": a translation into the language it came from is a proxy's
        // or tool's artefact, not a translation
        if (SameLanguageTranslation(text, guessedTarget)) return null;
        var parsed = DisclosureParser.Parse(text, guessedTarget);
        // A citation spread over several short sentences of one note ("Originally published in Spanish: "...". Author.
        // Outlet. 14 Jun 2024"): the outlet is read from the whole note the group stands in.
        if (parsed.SourcePublication is null && group.Pieces.Select(p => p.NoteIndex).Distinct().ToList() is [{ } noteIndex]
            && group.Location == "note" && article.Notes[noteIndex].Length > text.Length
            && DisclosureParser.Parse(article.Notes[noteIndex], guessedTarget).SourcePublication is { } whole)
            parsed = parsed with { SourcePublication = whole };
        var target = guessedTarget ?? parsed.TargetLanguageFromNote;
        var source = parsed.SourceLanguageFromNote;
        var basis = source is null ? null : "note";
        if (source is null && OutletLanguageTable.LanguageOf(parsed.SourcePublication) is { } tableLanguage)
        {
            source = tableLanguage;
            basis = "outlet-table";
        }

        // (a sentence naming this text as a language version of an original needs no translation word either)
        if (!learned && !Translat.IsMatch(text) && !ForeignNoteLexicon.Trigger.IsMatch(text)
            && !group.Sentences.Any(s => SentenceClassifier.IsRendering(SentenceClassifier.Core(s.Text), target)
                                         || SentenceClassifier.IsScoredDisclosure(SentenceClassifier.Core(s.Text), target, s.Location == "note")))
        {
            // "First published in X / by Y" without the word "translated": a translation only when the original's
            // language differs from this text's. A same-language republication is not a translation.
            var differs = source is not null && (target is null ? basis == "note" : LanguageNames.Primary(source) != LanguageNames.Primary(target));
            if (!differs)
                return group.Has(SentenceKind.OriginalStatement) ? new Reading(group, "original", false, null, null, null, target, 0.85) : null;
        }

        var pointerOnly = link && !parsed.HasDetail && !origin && Pointer.IsMatch(text);
        var kind = pointerOnly ? NoteKinds.OriginalLink
            : SiteLevel.IsMatch(text) && !SelfReference.IsMatch(text) ? NoteKinds.Site
            : NoteKinds.ArticleTranslation;
        var confidence = kind == NoteKinds.OriginalLink ? 0.85
            : !translation ? 0.75
            : Math.Min(0.98, 0.9 + (group.Location == "note" ? 0.05 : 0.0) + (parsed.HasDetail ? 0.03 : 0.0));
        return new Reading(group, kind, true, parsed, source, basis, target, confidence);
    }

    /// <summary>
    /// A note about the site's language version rather than this article: "the English version(s) of this site", "all
    /// articles in the English edition of X", "stories in this edition are translated ...", "the English and Urdu editions of X
    /// are generated ...".
    /// </summary>
    private static readonly Regex SiteLevel = new(
        @"\b(?:versions?|editions?)\s+of\s+(?:this\s+(?:site|website|portal|page|newspaper)|our\s+(?:site|website|portal)|(?-i:\p{Lu})[\w'’.-]+)" +
        @"|\ball\s+(?:of\s+)?(?:the\s+)?(?:articles|stories|content|reports)\s+(?:in|on|of)\s+(?:the|this|our)\b" +
        @"|\b(?:articles|stories|reports)\s+(?:in|on)\s+(?:this|our)\s+(?:\w+\s+)?(?:edition|site|website|service)\b" +
        // "Every item in this English-language feed is an automatic translation of our Catalan edition"
        @"|\b(?:every|each|all)\s+(?:of\s+the\s+)?(?:items?|stories|story|articles?|posts?|reports?)\s+(?:in|on)\s+this\s+(?:[\w-]+\s+){0,2}(?:feed|edition|site|website|service|channel|newsletter)\b" +
        @"|\b(?:this|our)\s+(?:site|website|portal)(?:'s|’s)?\s+(?:\w+\s+)?(?:version|edition|content)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    /// <summary>
    /// The text names a translation whose source and target are the same language ("from: English (detected) → English",
    /// "translated from English into English") and names no other language.
    /// </summary>
    private static bool SameLanguageTranslation(string text, string? target)
    {
        var pair = SameLanguagePair.Match(text);
        if (!pair.Success) return false;
        var from = LanguageNames.ToTag(pair.Groups["from"].Value);
        var to = LanguageNames.ToTag(pair.Groups["to"].Value);
        if (from is null || to is null || LanguageNames.Primary(from) != LanguageNames.Primary(to)) return false;
        if (target is not null && LanguageNames.Primary(target) != LanguageNames.Primary(from)) return false;
        return AnyLanguage.Matches(text).Select(m => LanguageNames.ToTag(m.Value)).OfType<string>()
            .All(tag => LanguageNames.Primary(tag) == LanguageNames.Primary(from));
    }

    private static readonly Regex AnyLanguage = new(@"\b(?:" + LanguageNames.Pattern + @")\b", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static readonly Regex SameLanguagePair = new(
        @"\b(?:translated\s+)?from\s*:?\s*(?<from>" + LanguageNames.Pattern + @")\b(?:\s*\((?:detected|auto|automatically\s+detected)\))?\s*(?:→|->|⟶|=>|>|\binto\b|\bto\b)\s*(?<to>" + LanguageNames.Pattern + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static Reading Simple(DisclosureGroup group, string kind, string? target) =>
        new(group, kind, null, null, null, null, target, 0.8);

    /// <summary>The body is "about" machine translation or AI when one strong mention or two mentions appear outside any disclosure.</summary>
    private static Reading? TopicReading(List<DisclosureGroup> groups)
    {
        var topics = groups.Where(g => g.Has(SentenceKind.Topic)).ToList();
        if (topics.Count == 0) return null;
        if (topics.Count < 2 && !topics.Any(g => StrongTopic.IsMatch(g.Text))) return null;
        var pieces = topics.Take(3).SelectMany(g => g.Pieces).ToList();
        var merged = new DisclosureGroup(topics.SelectMany(g => g.Sentences).ToList(), topics.SelectMany(g => g.Kinds).ToList(), pieces);
        return new Reading(merged, NoteKinds.TopicOnly, null, null, null, null, null, 0.8);
    }

    private static TranslationProvenance Build(ArticleDocument article, Reading? primary, List<Reading> readings, string? guessedTarget)
    {
        var evidence = new List<ProvenanceEvidence>();
        TranslationProvenance result;
        if (primary is { IsTranslation: true, Parsed: { } parsed })
        {
            // Other translation notes (e.g. a footer naming the source and a header naming the tool) fill what the primary leaves open.
            var others = readings.Where(r => r != primary && r.IsTranslation == true && r.Parsed is not null).ToList();
            // (a pointer with an address leads to another site, whose name the note does not give)
            var disclosureGroupsPointToOriginal = new[] { primary }.Concat(others)
                .Any(r => r.Group.Has(SentenceKind.OriginalLink) && r.Parsed!.SourcePublication is null && !SourceClues.WebAddress.IsMatch(r.Group.Text));
            var sourcePublication = parsed.SourcePublication ?? others.Select(o => o.Parsed!.SourcePublication).FirstOrDefault(x => x is not null);
            // "from Kila Wari's original story": a name the page credits as a person (its writer) is not an outlet.
            // (unless the name is an outlet's, credited in the byline: "Agência Noticiosa Lafaek")
            if (sourcePublication is not null && !DisclosureParser.HasOutletWord(sourcePublication)
                && article.Authors.Any(a => a.Role != "agency" && string.Equals(a.Name.Trim(), sourcePublication, StringComparison.OrdinalIgnoreCase)))
                sourcePublication = null;
            var source = primary.SourceLanguage;
            var basis = primary.SourceLanguageBasis;
            if (source is null)
            {
                var donor = others.FirstOrDefault(o => o.SourceLanguage is not null);
                if (donor is not null) (source, basis) = (donor.SourceLanguage, donor.SourceLanguageBasis);
                else if (OutletLanguageTable.LanguageOf(sourcePublication) is { } fromTable) (source, basis) = (fromTable, "outlet-table");
            }
            // "Automatic translation of an article by L'Écho des Hauts" on L'Écho des Hauts' own page: the note names the site
            // as the original's publisher (a bare name after "by" is otherwise read as a person's).
            if (sourcePublication is null && !string.IsNullOrWhiteSpace(article.Outlet)
                && Regex.IsMatch(primary.Group.Text, @"\b(?:article|story|report|piece|original|version|text)\s+(?:[\w'’-]+\s+){0,3}?(?:by|from|of|in|on)\s+(?:the\s+)?" + Regex.Escape(article.Outlet.Trim()) + @"(?![\p{L}\p{N}])",
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatch))
            {
                sourcePublication = article.Outlet.Trim();
                evidence.Add(new ProvenanceEvidence { Kind = "source-publication-page-outlet", Text = sourcePublication, Location = "outlet", Start = 0, End = sourcePublication.Length });
            }
            // A credit line naming the text this page translates: "Source: O Correio do Barlavento, 2 October 2024".
            if (sourcePublication is null && SourceClues.CreditLine(article) is { } credit)
            {
                sourcePublication = credit.Value;
                evidence.Add(credit.Evidence);
                // ("Source: Ulaanbaatar Tsag, Mongolian-language edition": the credit names the original's language too)
                if (source is null && DisclosureParser.Parse(credit.Evidence.Text, guessedTarget).SourceLanguageFromNote is { } creditLanguage)
                    (source, basis) = (creditLanguage, "note");
            }
            // An editor's line elsewhere on the page saying where the original ran: "Milena Stoyanova's report ran in the
            // Smolyan weekly Rodopa Dnes on 28 January."
            if (sourcePublication is null && SourceClues.OriginLine(article, guessedTarget) is { } origin)
            {
                sourcePublication = origin.Value;
                evidence.Add(origin.Evidence);
            }
            // A tagline in the chrome: "The English edition of Mwangaza wa Pwani".
            if (sourcePublication is null && ChromeLanguages.EditionOf(article.Removed, primary.TargetLanguage) is { } mother)
            {
                sourcePublication = mother.Outlet;
                evidence.Add(new ProvenanceEvidence { Kind = "source-publication-edition-tagline", Text = mother.Line, Location = "chrome", Start = 0, End = mother.Line.Length });
            }
            // A pointer to this story in another language that ingest left in the chrome ("Read this story in Portuguese"):
            // on a translated page it leads to the original, on this site.
            var chromePointer = source is null ? SourceClues.ChromePointer(article.Removed, primary.TargetLanguage) : null;
            if (chromePointer is { } pointer)
            {
                (source, basis) = (pointer.Value, "chrome-pointer");
                evidence.Add(pointer.Evidence);
            }
            // A note that names no source and no language ("English version by Daria Fenn") on a page whose own chrome is
            // written in one other language: that language is the original's (the page is that site's edition).
            if (source is null && sourcePublication is null
                && ChromeLanguages.WrittenIn(article.Removed).Where(l => primary.TargetLanguage is null || l != LanguageNames.Primary(primary.TargetLanguage)).ToList() is [{ } chromeLanguage])
                (source, basis) = (chromeLanguage, "page-chrome");
            // A note that names no source outlet ("This article was translated from Finnish with the help of an AI tool")
            // on a page whose own chrome is written in that source language: the page is a language edition of its own
            // outlet, which is the source. Recorded as evidence of its own kind.
            // The same holds when the note speaks as the outlet ("not reviewed by our newsroom", "the Georgian version of the
            // site"), the outlet's name is that of a language edition ("Kıyı Haber English"), or the note points to the
            // original in that language without naming another site ("Read the original in Czech").
            if (sourcePublication is null && !string.IsNullOrWhiteSpace(article.Outlet) && source is { } noted
                && (ChromeLanguages.Of(article.Removed).Contains(LanguageNames.Primary(noted))
                    || ChromeLanguages.NamesLanguageEdition(article.Removed, article.Outlet, primary.TargetLanguage)
                    || OwnOutletVoice.IsMatch(primary.Group.Text) || NamesOwnOutletPossessively(primary.Group.Text, article.Outlet)
                    || RefersToTheOriginalByLanguage(primary.Group.Text)
                    || disclosureGroupsPointToOriginal || chromePointer is not null
                    || WithoutEditionLanguage(article.Outlet.Trim()) != article.Outlet.Trim()))
            {
                sourcePublication = LatinForm(WithoutEditionLanguage(article.Outlet.Trim()));
                evidence.Add(new ProvenanceEvidence { Kind = "source-publication-page-outlet", Text = sourcePublication, Location = "outlet", Start = 0, End = sourcePublication.Length });
            }
            var method = parsed.Method;
            var tool = parsed.Tool;
            if (method == TranslationMethods.Unknown && others.FirstOrDefault(o => o.Parsed!.Method != TranslationMethods.Unknown) is { } m)
                (method, tool) = (m.Parsed!.Method, m.Parsed.Tool);
            var translators = parsed.Translators.Concat(others.SelectMany(o => o.Parsed!.Translators)).Concat(BylineTranslators(article))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var editors = parsed.Editors.Concat(others.SelectMany(o => o.Parsed!.Editors)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var humanEdited = parsed.HumanEdited ?? others.Select(o => o.Parsed!.HumanEdited).FirstOrDefault(h => h is not null);
            if (method == TranslationMethods.Unknown && translators.Count > 0) method = TranslationMethods.Human;
            var target = primary.TargetLanguage;

            var disclosureGroups = new[] { primary }.Concat(others).ToList();
            foreach (var r in disclosureGroups)
            {
                evidence.AddRange(r.Group.Pieces.Select(p => Evidence("disclosure", p)));
                // (a disclosure the learned model recognised, not a rule: said so, with the sentence it scored)
                if (r.Group.Has(SentenceKind.LearnedDisclosure))
                    evidence.AddRange(r.Group.Pieces.Select(p => Evidence("learned-disclosure", p)));
                evidence.AddRange(EditingEvidence(r.Group));
            }
            result = new TranslationProvenance
            {
                IsTranslation = true,
                NoteKind = primary.Kind,
                SourcePublication = sourcePublication,
                SourceLanguage = source,
                SourceLanguageBasis = source is null ? null : basis,
                TargetLanguage = target,
                LanguageTag = LanguageTags.Build(target, source, true),
                Method = method,
                Tool = tool,
                HumanEdited = humanEdited,
                Editors = editors,
                Translators = translators,
                Disclosure = JoinDistinct(disclosureGroups.Select(r => r.Group.Text)),
                Evidence = evidence,
                Confidence = primary.Confidence,
            };
        }
        else if (primary is { Kind: "original" })
        {
            evidence.AddRange(primary.Group.Pieces.Select(p => Evidence("original-statement", p)));
            result = new TranslationProvenance
            {
                IsTranslation = false,
                TargetLanguage = primary.TargetLanguage ?? guessedTarget,
                LanguageTag = primary.TargetLanguage ?? guessedTarget,
                Disclosure = primary.Group.Text,
                Evidence = evidence,
                Confidence = primary.Confidence,
            };
        }
        else if (primary is { Kind: AiGeneratedKind, Parsed: { } aiParsed })
        {
            evidence.AddRange(primary.Group.Pieces.Select(p => Evidence("ai-disclosure", p)));
            evidence.AddRange(EditingEvidence(primary.Group));
            var provenance = new TranslationProvenance
            {
                IsTranslation = null,
                TargetLanguage = guessedTarget,
                LanguageTag = guessedTarget,
                Disclosure = primary.Group.Text,
                Suspicion = SuspicionDetector.Detect(article.Headline, article.Body ?? "", guessedTarget),
                Evidence = evidence,
                Confidence = primary.Confidence,
                DetectorVersion = Version,
            };
            return provenance with { AiAct = AiActAssessor.AssessAiGeneratedText(aiParsed, evidence, article.Outlet) };
        }
        else if (BylineTranslators(article).ToList() is { Count: > 0 } credited)
        {
            // No note, but ingest read a translator credit from the byline ("Translated by ..."): a human translation.
            evidence.AddRange(credited.Select(name => new ProvenanceEvidence
            {
                Kind = "byline-translator",
                Text = name,
                Location = "byline",
                Start = 0,
                End = name.Length,
            }));
            result = new TranslationProvenance
            {
                IsTranslation = true,
                NoteKind = NoteKinds.ArticleTranslation,
                TargetLanguage = guessedTarget,
                LanguageTag = guessedTarget,
                Method = TranslationMethods.Human,
                Translators = credited,
                Evidence = evidence,
                Confidence = 0.8,
            };
        }
        else
        {
            if (primary is not null) evidence.AddRange(primary.Group.Pieces.Select(p => Evidence(primary.Kind, p)));
            var suspicion = SuspicionDetector.Detect(article.Headline, article.Body ?? "", guessedTarget);
            result = new TranslationProvenance
            {
                IsTranslation = null,
                NoteKind = primary?.Kind,
                TargetLanguage = guessedTarget,
                LanguageTag = guessedTarget,
                Suspicion = suspicion,
                Evidence = evidence,
                Confidence = primary is null ? 0.9 : primary.Confidence,
            };
        }
        result = result with { DetectorVersion = Version, Confidence = Math.Clamp(Math.Round(result.Confidence, 3), 0, 1) };
        return result with { AiAct = AiActAssessor.Assess(result, article.Outlet) };
    }

    // A web proxy or translation service credited as "translator" ("Translated by lingobridge.app") displayed the page in
    // another language; it did not translate the article.
    /// <summary>A note in the outlet's own voice: "our newsroom", "our Portuguese edition", "the site's English version".</summary>
    private static readonly Regex OwnOutletVoice = new(
        @"\bour\s+(?:own\s+)?(?:newsroom|editors?|editorial\s+(?:team|staff|desk)|reporters?|journalists?|staff|desk|(?:[\w-]+[- ])?(?:edition|site|website|service|version|article|report|story))\b" +
        // a writer of the original credited with one of the outlet's own departments ("Taro Yamada, City News Department")
        @"|,\s*(?:(?-i:\p{Lu})[\p{L}-]+\s+){0,3}(?:Department|Desk|Bureau|Newsroom)\b" +
        @"|\b(?:this|the)\s+site['’]s\s+\w+\s+(?:version|edition)\b|\bверсии\s+сайта\b|\bверсії\s+сайту\b|\bnuestra\s+redacción\b|\bnossa\s+redação\b|\bnotre\s+rédaction\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    /// <summary>
    /// "from the Latvian-language article", "the Finnish text applies": a note that names the original only by its language,
    /// with the definite article, speaks of one text its reader can find on the same site (a note about another outlet's
    /// text names that outlet or says "a report in Latvian"). ("the Korean original" is left out: an English daily says so
    /// of its sister paper's story.)
    /// </summary>
    private static readonly Regex TheOriginalByLanguage = new(
        @"\bthe\s+(?:original\s+)?(?-i:(?<lang>" + LanguageNames.Pattern + @"))(?:[- ]language)?\s+(?:article|version|text|edition|story|page)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch);

    private static bool RefersToTheOriginalByLanguage(string text) => TheOriginalByLanguage.IsMatch(text);

    /// <summary>
    /// "Kitakaze's English service is produced by translation software" on Kitakaze Shimpo's page: the note speaks of the
    /// page's own outlet (its name, or its first word, in the possessive), whose original it translates.
    /// </summary>
    private static bool NamesOwnOutletPossessively(string text, string outlet)
    {
        // (a name in a script without capitals before the Latin one is left out: "北風新報 Kitakaze Shimpo")
        var name = Regex.Replace(outlet.Trim(), @"^(?:\p{Lo}+\s+)+", "", RegexOptions.None, RegexMatchTimeout.PerMatch);
        if (name.Length == 0) return false;
        var first = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var names = first.Length >= 4 && first != name ? new[] { name, first } : [name];
        return names.Any(n => Regex.IsMatch(text, @"(?<![\p{L}])" + Regex.Escape(n) + @"(?:'s|’s)\s+(?:\w+\s+){0,2}(?:service|edition|version|site|website|desk)\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexMatchTimeout.PerMatch));
    }

    /// <summary>"北風新報 Kitakaze Shimpo", "Нишки гласник Niški glasnik": a name given in two scripts is cited in its Latin form.</summary>
    private static string LatinForm(string outlet)
    {
        var latin = Regex.Match(outlet, @"^(?:[\p{Lo}\p{IsCyrillic}\p{IsGreek}\p{IsArmenian}\p{IsGeorgian}\p{P}]+\s+)+(?<latin>\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{M}'’.-]+)*)$", RegexOptions.None, RegexMatchTimeout.PerMatch);
        return latin.Success && latin.Groups["latin"].Value.All(c => c < '\u0250' || !char.IsLetter(c)) ? latin.Groups["latin"].Value : outlet;
    }

    /// <summary>"Kıyı Haber English" is the English edition of "Kıyı Haber": a trailing language name is the edition's.</summary>
    private static string WithoutEditionLanguage(string outlet)
    {
        var space = outlet.LastIndexOf(' ');
        return space > 0 && LanguageNames.ToTag(outlet[(space + 1)..]) is not null ? outlet[..space].Trim() : outlet;
    }

    private static IEnumerable<string> BylineTranslators(ArticleDocument article) =>
        article.Authors.Where(a => a.Role == "translator" && !string.IsNullOrWhiteSpace(a.Name) && !WebTranslationServices.IsServiceName(a.Name)).Select(a => a.Name.Trim());

    /// <summary>Joins disclosure texts, dropping repeats (a note that ingest kept both in Notes and in the body).</summary>
    private static string JoinDistinct(IEnumerable<string> texts)
    {
        var kept = new List<string>();
        foreach (var t in texts.OrderByDescending(t => t.Length))
            if (!kept.Any(k => k.Contains(t, StringComparison.OrdinalIgnoreCase))) kept.Add(t);
        var ordered = texts.Where(kept.Contains).Distinct();
        return string.Join(" ", ordered);
    }

    private static ProvenanceEvidence Evidence(string kind, TextPiece p) => new()
    {
        Kind = kind,
        Text = p.Text,
        Location = p.Location,
        NoteIndex = p.NoteIndex,
        Start = p.Start,
        End = p.End,
    };

    /// <summary>Phrases that show editing, most specific first: "edited by X", "Editing: X", "human-reviewed", a clause with an editing verb.</summary>
    private static readonly Regex[] EditingPhrases =
    [
        new(@"\b(?:" + EditVerbs + @"|editing|review)\s+by\s+[^.;|)\]]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch),
        new(@"\b(?:editing|editors?|review(?:ed)?(?:\s+by)?)\s*:\s*[^.;|)\]]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch),
        new(@"\bhuman[- ]\w+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch),
        new(@"[^.;|,]*\b(?:" + EditVerbs + @")\b[^.;|]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexMatchTimeout.PerMatch),
    ];

    private static IEnumerable<ProvenanceEvidence> EditingEvidence(DisclosureGroup group)
    {
        foreach (var piece in group.Pieces)
        {
            var negative = NegativeReview.Match(piece.Text);
            if (negative.Success)
            {
                yield return Evidence("no-human-review", Sub(piece, negative.Index, negative.Length));
                continue;
            }
            var m = EditingPhrases.Select(r => r.Match(piece.Text)).FirstOrDefault(x => x.Success);
            if (m is not null)
            {
                var value = m.Value.TrimEnd();
                var lead = value.Length - value.TrimStart().Length;
                yield return Evidence("human-editing", Sub(piece, m.Index + lead, value.Length - lead));
            }
        }
    }

    private static TextPiece Sub(TextPiece p, int index, int length) =>
        p with { Text = p.Text.Substring(index, length), Start = p.Start + index, End = p.Start + index + length };
}
