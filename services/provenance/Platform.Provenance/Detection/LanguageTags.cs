namespace Platform.Provenance.Detection;

/// <summary>BCP 47 helpers, including the RFC 6497 transformed-content extension ("en-t-ko").</summary>
public static class LanguageTags
{
    /// <summary>
    /// "en-t-ko" for English translated from Korean; the plain target when not a translation or the source is unknown
    /// (or the same language); null when the target is unknown.
    /// </summary>
    public static string? Build(string? target, string? source, bool isTranslation)
    {
        if (string.IsNullOrWhiteSpace(target)) return null;
        if (!isTranslation || string.IsNullOrWhiteSpace(source)) return target;
        if (LanguageNames.Primary(source) == LanguageNames.Primary(target) && !source.Contains('-')) return target;
        return $"{target}-t-{source.ToLowerInvariant()}";
    }
}
