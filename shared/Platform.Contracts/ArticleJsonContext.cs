using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Contracts;

/// <summary>
/// The one JSON definition of an article and what the stages learned about it (camelCase names, source-generated metadata),
/// used by storage's JSON columns and by the command line's output. <see cref="ArticleJson"/> holds the two ways of writing it.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ArticleDocument))]
[JsonSerializable(typeof(TranslationProvenance))]
[JsonSerializable(typeof(ArticleExtraction))]
public sealed partial class ArticleJsonContext : JsonSerializerContext;
