namespace Platform.Provenance.Detection;

/// <summary>The values of <c>TranslationProvenance.Method</c>.</summary>
public static class TranslationMethods
{
    public const string GenerativeAi = "generative-ai";
    public const string Machine = "machine";
    public const string Human = "human";
    public const string Unknown = "unknown";
}
