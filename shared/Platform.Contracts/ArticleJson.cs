using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Contracts;

/// <summary>The two ways the article's JSON (<see cref="ArticleJsonContext"/>) is written; text stays readable in both.</summary>
public static class ArticleJson
{
    /// <summary>Storage's JSON columns: nulls left out, numbers read leniently.</summary>
    public static readonly JsonSerializerOptions Stored = new(ArticleJsonContext.Default.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The command line's stable output: every key present, null where there is no value.</summary>
    public static readonly JsonSerializerOptions Output = new(ArticleJsonContext.Default.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
