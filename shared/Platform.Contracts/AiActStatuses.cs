namespace Platform.Contracts;

/// <summary>The fixed status strings of an <see cref="AiActAssessment"/> (EU AI Act Article 50(4) reading), shared by the
/// detector that writes them and the queries that select by them.</summary>
public static class AiActStatuses
{
    public const string AiDisclosedHumanControl = "AI involved, disclosed, human editorial control";
    public const string AiDisclosedNoReview = "AI involved, disclosed, no evidence of human review";
    public const string AiNotDisclosed = "AI involvement not disclosed";
    public const string HumanTranslation = "human translation";
    public const string NoAiStated = "no AI involvement stated";
}
