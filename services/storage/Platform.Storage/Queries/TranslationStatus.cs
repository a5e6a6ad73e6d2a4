namespace Platform.Storage.Queries;

/// <summary>
/// <c>isTranslation</c> has three values and they mean different things: <c>true</c> a translation; <c>false</c> the article
/// says it is an original (an "original statement" was read); <c>null</c> nothing in the article says either way, which is
/// most articles. A question for "not a translation" must not take the unknown ones for originals.
/// </summary>
public static class TranslationStatus
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string Unknown = "unknown";

    public const string Explanation =
        "translation: yes = the article says it is translated; no = it says it is an original; " +
        "unknown = nothing in it says either way (most articles; not evidence of an original).";

    public static string Of(bool? isTranslation) => isTranslation switch
    {
        true => Yes,
        false => No,
        null => Unknown,
    };
}
