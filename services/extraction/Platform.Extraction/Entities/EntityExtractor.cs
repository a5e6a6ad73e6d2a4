using Platform.Contracts;
using Platform.Extraction.Entities.Coreference;
using Platform.Extraction.Entities.Lexicons;
using Platform.Extraction.Entities.Rules;
using Platform.Extraction.Entities.Tagging;

namespace Platform.Extraction.Entities;

/// <summary>
/// Person, organization, location and nationality mentions with offsets, evidence, roles and
/// within-article coreference. A trained averaged-perceptron tagger proposes names; lexicons and rules
/// add, split and type them; a linker groups mentions into entities. Thread-safe after construction.
/// </summary>
public sealed class EntityExtractor
{
    public const string Version = "entities-1.1";
    private const string ModelResource = "ner-model.bin";

    private static readonly Lazy<EntityExtractor> Default = new(() =>
    {
        var lexicons = EntityLexicons.Default;
        PerceptronModel? model = null;
        if (EntityLexicons.HasResource(ModelResource))
        {
            using var stream = EntityLexicons.OpenResource(ModelResource);
            model = PerceptronModel.Load(stream);
        }
        return new EntityExtractor(lexicons, model);
    });

    private readonly EntityLexicons _lexicons;
    private readonly TokenInfoBuilder _infoBuilder;
    private readonly GreedyNerTagger? _tagger;
    private readonly EntityLinker _linker;
    private readonly NominalResolver _nominals;

    /// <summary>Builds an extractor; a null model runs lexicons and rules only (the baseline).</summary>
    public EntityExtractor(EntityLexicons lexicons, PerceptronModel? model)
    {
        _lexicons = lexicons;
        _infoBuilder = new TokenInfoBuilder(lexicons);
        _tagger = model is null ? null : new GreedyNerTagger(model, _infoBuilder);
        _linker = new EntityLinker(lexicons);
        _nominals = new NominalResolver(lexicons);
    }

    /// <summary>The extractor with the embedded model and lexicons, loaded once.</summary>
    public static EntityExtractor CreateDefault() => Default.Value;

    public bool HasModel => _tagger is not null;

    public IReadOnlyList<ExtractedEntity> Extract(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length == 0) return [];
        var doc = Analyze(body, out var tags, out var confidence);
        var names = FindNames(doc, tags, confidence);
        var entities = _linker.Link(doc, names);
        _nominals.Resolve(doc, names, entities);
        return ToContracts(entities);
    }

    /// <summary>Name mentions only (no coreference), for evaluation: (start, end, kind).</summary>
    public IReadOnlyList<(int Start, int End, EntityKind Kind)> ExtractNameSpans(string body)
    {
        if (body.Length == 0) return [];
        var doc = Analyze(body, out var tags, out var confidence);
        var names = FindNames(doc, tags, confidence);
        var entities = _linker.Link(doc, names);
        return entities.SelectMany(e => e.Names.Select(m => (m.Start, m.End, e.Kind))).OrderBy(s => s.Start).ToList();
    }

    private DocumentTokens Analyze(string body, out int[] tags, out float[] confidence)
    {
        var tokens = NewsTokenizer.Tokenize(body);
        var infos = new TokenInfo[tokens.Count];
        var hashes = new ulong[tokens.Count];
        var allMatches = new List<LexiconMatch>();
        var sentenceMatches = new List<LexiconMatch>();
        tags = new int[tokens.Count];
        confidence = new float[tokens.Count];
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        var start = 0;
        while (start < tokens.Count)
        {
            var end = start + 1;
            while (end < tokens.Count && !tokens[end].SentenceStart) end++;
            var sentence = span[start..end];
            var sentenceInfos = infos.AsSpan(start, end - start);
            _infoBuilder.Build(body, sentence, sentenceInfos, sentenceMatches, hashes.AsSpan(start, end - start));
            foreach (var m in sentenceMatches) allMatches.Add(m with { First = m.First + start });
            _tagger?.Decode(sentenceInfos, tags.AsSpan(start, end - start), confidence.AsSpan(start, end - start));
            start = end;
        }
        var types = new int[tokens.Count];
        for (var k = 0; k < types.Length; k++) types[k] = NerTags.TypeOf(tags[k]);
        return new DocumentTokens { Text = body, Tokens = tokens, Infos = infos, LexiconMatches = allMatches, TaggedTypes = types };
    }

    private List<NameCandidate> FindNames(DocumentTokens doc, int[] tags, float[] confidence)
    {
        var candidates = new List<NameCandidate>();
        if (_tagger is not null)
        {
            TaggerCandidates.Collect(doc, tags, confidence, _lexicons, candidates);
            foreach (var c in candidates) RoleSplitter.SplitTitledName(doc, c);
            candidates.RemoveAll(c => c.Kind == EntityKind.Person && !RoleSplitter.TrimPersonSpan(doc, c));
            foreach (var c in candidates) if (c.Kind == EntityKind.Person) RoleSplitter.ExtendPersonSpan(doc, c);
        }
        LexiconCandidates.Collect(doc, candidates);
        OrganizationPatternRule.Collect(doc, candidates);
        PersonPatternRules.Collect(doc, candidates);
        CompanyCueRule.Collect(doc, candidates);
        SportsClubRule.Collect(doc, candidates);
        var accepted = OverlapResolver.Resolve(doc, candidates);
        LocativeCueRule.Apply(doc, accepted);
        CoordinationRule.Apply(doc, accepted);
        SportsClubRule.AddNicknames(doc, accepted);
        foreach (var c in accepted)
        {
            if (c.Kind != EntityKind.Person) continue;
            RoleSplitter.ExtendNameSuffix(doc, c);
            c.Role = RoleSplitter.RoleBefore(doc, c.First);
        }
        return accepted;
    }

    private static List<ExtractedEntity> ToContracts(List<EntityDraft> entities)
    {
        var ordered = entities.Where(e => e.Mentions.Count > 0).OrderBy(e => e.FirstStart).ToList();
        var result = new List<ExtractedEntity>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var e = ordered[i];
            result.Add(new ExtractedEntity
            {
                Id = "e" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Type = e.Kind.ToContractName(),
                Canonical = e.Canonical,
                Role = e.Role,
                Mentions = e.Mentions.OrderBy(m => m.Start).Select(m => new EntityMention
                {
                    Text = m.Text,
                    Start = m.Start,
                    End = m.End,
                    MentionKind = m.MentionKind,
                    Role = m.Role,
                    Evidence = m.Evidence,
                    Confidence = m.Confidence,
                }).ToList(),
            });
        }
        return result;
    }
}
