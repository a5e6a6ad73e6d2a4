using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Contracts;

namespace Platform.Provenance.Tests;

/// <summary>One case of the provenance corpus: an invented article and every field the detector must produce.</summary>
public sealed record CorpusCase
{
    public required string Name { get; init; }
    public CorpusArticle Article { get; init; } = new();
    public required CorpusExpectation Expect { get; init; }

    public override string ToString() => Name;

    public ArticleDocument ToDocument()
    {
        var paragraphs = new List<string>();
        paragraphs.AddRange(Article.Before);
        var main = Article.Paragraphs ?? CorpusArticle.DefaultBody;
        if (Article.Inside is not null && main.Count > 1)
        {
            var mid = main.Count / 2;
            paragraphs.AddRange(main.Take(mid));
            paragraphs.Add(Article.Inside);
            paragraphs.AddRange(main.Skip(mid));
        }
        else paragraphs.AddRange(main);
        paragraphs.AddRange(Article.After);
        return new ArticleDocument
        {
            FileName = Name + ".txt",
            Format = "text",
            Encoding = "utf-8",
            EncodingReason = "valid-utf8",
            Outlet = Article.Outlet,
            Headline = Article.Headline,
            Language = Article.Language,
            Body = string.Join("\n\n", paragraphs),
            Notes = Article.Notes,
        };
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static IReadOnlyList<CorpusCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "provenance-cases.json");
        return JsonSerializer.Deserialize<List<CorpusCase>>(File.ReadAllText(path), Options)
               ?? throw new InvalidOperationException("empty corpus");
    }
}

public sealed record CorpusArticle
{
    public static readonly IReadOnlyList<string> DefaultBody =
    [
        "The city council of Harbourville voted on Tuesday to extend night bus services along the eastern waterfront, a measure residents had sought for years.",
        "Mayor Ilse Brandt said the extension would begin in the spring and cost about 4 million euros a year.",
        "\"People who work late deserve a safe way home,\" Brandt told reporters after the vote.",
        "Opposition members questioned the cost but did not block the plan.",
    ];

    public string? Outlet { get; init; } = "Harbour Post";
    public string? Headline { get; init; } = "Harbourville extends night buses to the waterfront";
    public string? Language { get; init; } = "en";
    public IReadOnlyList<string>? Paragraphs { get; init; }
    public IReadOnlyList<string> Before { get; init; } = [];
    public string? Inside { get; init; }
    public IReadOnlyList<string> After { get; init; } = [];
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>Every field is asserted; a missing JSON member means the value must be null (or empty for lists).</summary>
public sealed record CorpusExpectation
{
    public bool? IsTranslation { get; init; }
    public string? NoteKind { get; init; }
    public string? SourcePublication { get; init; }
    public string? SourceLanguage { get; init; }
    public string? SourceLanguageBasis { get; init; }
    public string? TargetLanguage { get; init; }
    public string? LanguageTag { get; init; }
    public string? Method { get; init; }
    public string? Tool { get; init; }
    public bool? HumanEdited { get; init; }
    public IReadOnlyList<string> Editors { get; init; } = [];
    public IReadOnlyList<string> Translators { get; init; } = [];
    public string? Disclosure { get; init; }
    public required string AiActStatus { get; init; }
    public bool Suspicion { get; init; }
    public string? SuspectedSourceLanguage { get; init; }
}
