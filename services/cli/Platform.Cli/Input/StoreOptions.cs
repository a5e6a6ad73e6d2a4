using System.CommandLine;
using System.Globalization;
using Platform.Storage.Queries;

namespace Platform.Cli.Input;

/// <summary>The options every reading command shares (which store, <c>--json</c>, paging) and the article filters of
/// <c>list</c> and <c>search</c>, read into an <see cref="ArticleFilter"/>.</summary>
public sealed class StoreOptions
{
    public Option<bool> Json { get; } = new("--json") { Description = "JSON Lines (one object per line) instead of tables." };
    public Option<string?> Data { get; } = new("--data") { Description = "Folder of the embedded store (default ./platform-data)." };
    public Option<string?> Database { get; } = new("--database")
    {
        Description = $"Ask PostgreSQL with this connection string instead (or set {StoreLocation.DatabaseVariable}).",
    };
    public Option<int> Page { get; } = new("--page") { Description = "Page number (default 1).", DefaultValueFactory = _ => 1 };
    public Option<int> PageSize { get; } = new("--page-size") { Description = "Rows per page (default 20, at most 500).", DefaultValueFactory = _ => ArticleFilter.DefaultPageSize };
    public Option<string?> From { get; } = new("--from") { Description = "Published on or after this date (yyyy-MM-dd, the outlet's local date)." };
    public Option<string?> To { get; } = new("--to") { Description = "Published on or before this date (yyyy-MM-dd)." };

    private readonly Option<string?> _language = new("--language") { Description = "The article's language (BCP 47, e.g. en)." };
    private readonly Option<string?> _outlet = new("--outlet") { Description = "The outlet, or part of its name." };
    private readonly Option<string?> _author = new("--author") { Description = "An author, or part of the name." };
    private readonly Option<string?> _translation = new("--translation") { Description = "yes, no (stated original) or unknown (nothing says)." };
    private readonly Option<string?> _method = new("--method") { Description = "Translation method: generative-ai, machine, human, unknown." };
    private readonly Option<string?> _sourcePublication = new("--source-publication") { Description = "The publication translated from (part of the name)." };
    private readonly Option<string?> _sourceLanguage = new("--source-language") { Description = "The language translated from (e.g. ko)." };
    private readonly Option<bool> _suspicion = new("--suspicion") { Description = "Only articles suspected to be undisclosed translations." };
    private readonly Option<bool> _aiUnreviewed = new("--ai-unreviewed") { Description = "Only AI involvement that is undisclosed or has no evidence of human review." };
    private readonly Option<string?> _entity = new("--entity") { Description = "Mentions this person, organisation or place (canonical name or any mention form)." };

    public void AddStore(Command command)
    {
        command.Options.Add(Json);
        command.Options.Add(Data);
        command.Options.Add(Database);
    }

    public void AddPaging(Command command)
    {
        command.Options.Add(Page);
        command.Options.Add(PageSize);
    }

    public void AddPeriod(Command command)
    {
        command.Options.Add(From);
        command.Options.Add(To);
    }

    public void AddArticleFilters(Command command)
    {
        AddPeriod(command);
        foreach (var option in new Option[] { _language, _outlet, _author, _translation, _method, _sourcePublication, _sourceLanguage, _suspicion, _aiUnreviewed, _entity })
            command.Options.Add(option);
        AddPaging(command);
    }

    public StoreLocation Location(ParseResult result) => StoreLocation.From(result.GetValue(Data), result.GetValue(Database));

    public ArticleFilter Filter(ParseResult result, string? words) => new()
    {
        Words = words,
        From = Date(result, From),
        To = Date(result, To),
        Language = result.GetValue(_language),
        Outlet = result.GetValue(_outlet),
        Author = result.GetValue(_author),
        Translation = result.GetValue(_translation)?.Trim().ToLowerInvariant(),
        Method = result.GetValue(_method),
        SourcePublication = result.GetValue(_sourcePublication),
        SourceLanguage = result.GetValue(_sourceLanguage),
        Suspicion = result.GetValue(_suspicion),
        AiUnreviewed = result.GetValue(_aiUnreviewed),
        Entity = result.GetValue(_entity),
        Page = result.GetValue(Page),
        PageSize = result.GetValue(PageSize),
    };

    public static DateOnly? Date(ParseResult result, Option<string?> option) => result.GetValue(option) is not { } text
        ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"{option.Name} needs a date as yyyy-MM-dd, not '{text}'.");
}
