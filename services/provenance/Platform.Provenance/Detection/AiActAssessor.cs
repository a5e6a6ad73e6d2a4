using Platform.Contracts;

namespace Platform.Provenance.Detection;

/// <summary>
/// Reads a provenance record as EU AI Act Article 50(4) would: was AI involved, is that disclosed, is there evidence of
/// human review or editorial control, and who holds editorial responsibility. Status strings are fixed:
/// "AI involved, disclosed, human editorial control"; "AI involved, disclosed, no evidence of human review";
/// "AI involvement not disclosed" (a translation, disclosed or suspected, whose means are not stated);
/// "human translation"; "no AI involvement stated" (no translation disclosed or suspected).
/// </summary>
public static class AiActAssessor
{
    public const string AiDisclosedHumanControl = AiActStatuses.AiDisclosedHumanControl;
    public const string AiDisclosedNoReview = AiActStatuses.AiDisclosedNoReview;
    public const string AiNotDisclosed = AiActStatuses.AiNotDisclosed;
    public const string HumanTranslation = AiActStatuses.HumanTranslation;
    public const string NoAiStated = AiActStatuses.NoAiStated;

    /// <summary>A note says the text itself was written or produced with AI (no translation involved).</summary>
    public static AiActAssessment AssessAiGeneratedText(ParsedDisclosure note, IReadOnlyList<ProvenanceEvidence> evidence, string? outlet)
    {
        var humanReview = note.HumanEdited == true;
        return new AiActAssessment
        {
            AiInvolved = true,
            Disclosed = true,
            HumanReview = humanReview,
            EditorialResponsibility = note.Editors.Count > 0 ? string.Join(", ", note.Editors) : outlet,
            Status = humanReview ? AiDisclosedHumanControl : AiDisclosedNoReview,
            Evidence = evidence,
        };
    }

    public static AiActAssessment Assess(TranslationProvenance p, string? outlet)
    {
        var disclosureEvidence = p.Evidence.Where(e => e.Kind is "disclosure" or "human-editing" or "no-human-review").ToList();
        if (p.IsTranslation == true)
        {
            var humanReview = p.HumanEdited == true;
            var responsibility = p.Editors.Count > 0 ? string.Join(", ", p.Editors) : outlet;
            switch (p.Method)
            {
                case TranslationMethods.GenerativeAi or TranslationMethods.Machine:
                    return new AiActAssessment
                    {
                        AiInvolved = true,
                        Disclosed = true,
                        HumanReview = humanReview,
                        EditorialResponsibility = responsibility,
                        Status = humanReview ? AiDisclosedHumanControl : AiDisclosedNoReview,
                        Evidence = disclosureEvidence,
                    };
                case TranslationMethods.Human:
                    return new AiActAssessment
                    {
                        AiInvolved = false,
                        Disclosed = false,
                        HumanReview = humanReview,
                        EditorialResponsibility = responsibility,
                        Status = HumanTranslation,
                        Evidence = disclosureEvidence,
                    };
                default:
                    return new AiActAssessment
                    {
                        AiInvolved = null,
                        Disclosed = false,
                        HumanReview = humanReview,
                        EditorialResponsibility = responsibility,
                        Status = AiNotDisclosed,
                        Evidence = disclosureEvidence,
                    };
            }
        }
        if (p.IsTranslation is null && p.Suspicion is not null)
            return new AiActAssessment
            {
                AiInvolved = null,
                Disclosed = false,
                HumanReview = false,
                EditorialResponsibility = outlet,
                Status = AiNotDisclosed,
                Evidence = p.Suspicion.Signals,
            };
        return new AiActAssessment
        {
            AiInvolved = null,
            Disclosed = false,
            HumanReview = false,
            EditorialResponsibility = null,
            Status = NoAiStated,
            Evidence = disclosureEvidence,
        };
    }
}
