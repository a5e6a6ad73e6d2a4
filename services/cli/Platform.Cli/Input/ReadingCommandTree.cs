using System.CommandLine;
using Platform.Cli.Commands.Reading;

namespace Platform.Cli.Input;

/// <summary>The reading commands (<c>list</c>, <c>search</c>, <c>show</c>, <c>entities</c>, <c>quotes</c>, <c>stats</c>,
/// <c>rejections</c>, <c>serve</c>): questions to the embedded store, or to PostgreSQL with <c>--database</c>.</summary>
public static class ReadingCommandTree
{
    public static IEnumerable<Command> Build(TextWriter stdout)
    {
        yield return List(stdout);
        yield return Search(stdout);
        yield return Show(stdout);
        yield return Entities(stdout);
        yield return Quotes(stdout);
        yield return Stats(stdout);
        yield return Rejections(stdout);
        yield return Serve();
    }

    private static Command List(TextWriter stdout)
    {
        var o = new StoreOptions();
        var command = new Command("list", """
            Lists stored articles, newest first, narrowed by the filters. 'translation' is yes, no (the article says it is an
            original) or unknown (nothing says; most articles).

            Examples:
              platform list --translation yes --method generative-ai
              platform list --source-language ko --from 2025-06-01 --to 2025-06-30
              platform list --entity "Ministry of Unification" --json
              platform list --ai-unreviewed --database "Host=127.0.0.1;Port=55432;Username=platform;Password=...;Database=platform"
            """);
        o.AddStore(command);
        o.AddArticleFilters(command);
        command.SetAction((r, ct) => ArticlesCommand.RunAsync(o.Location(r), o.Filter(r, null), r.GetValue(o.Json), stdout, ct));
        return command;
    }

    private static Command Search(TextWriter stdout)
    {
        var o = new StoreOptions();
        var words = new Argument<string[]>("words") { Description = "Words that must all occur in headline or body.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("search", """
            Full-text search over headline and body (every word must occur), best match first, with the filters of 'list'.

            Examples:
              platform search port automation
              platform search flood --language en --json
            """);
        command.Arguments.Add(words);
        o.AddStore(command);
        o.AddArticleFilters(command);
        command.SetAction((r, ct) => ArticlesCommand.RunAsync(o.Location(r), o.Filter(r, string.Join(' ', r.GetValue(words) ?? [])), r.GetValue(o.Json), stdout, ct));
        return command;
    }

    private static Command Show(TextWriter stdout)
    {
        var o = new StoreOptions();
        var id = new Argument<string>("articleId") { Description = "The article's id (from list, search or process)." };
        var export = new Option<string?>("--export") { Description = "Print an export instead: jsonld (schema.org) or c2pa (C2PA-style manifest)." };
        var command = new Command("show", """
            Shows one stored article in full: a table, or with --json the line 'process --json' printed for it.

            Examples:
              platform show 2f0c6a6e-0000-0000-0000-000000000000
              platform show 2f0c6a6e-0000-0000-0000-000000000000 --export c2pa
            """);
        command.Arguments.Add(id);
        command.Options.Add(export);
        o.AddStore(command);
        command.SetAction((r, ct) => ShowCommand.RunAsync(o.Location(r), r.GetValue(id)!, r.GetValue(export), r.GetValue(o.Json), stdout, ct));
        return command;
    }

    private static Command Entities(TextWriter stdout)
    {
        var o = new StoreOptions();
        var type = new Option<string?>("--type") { Description = "person, organization (organisation), location (place) or nationality." };
        var with = new Option<string?>("--with") { Description = "Entities that appear in the same articles as this one (name or mention form)." };
        var limit = new Option<int>("--limit") { Description = "How many (default 20).", DefaultValueFactory = _ => 20 };
        var command = new Command("entities", """
            The most-mentioned people, organisations and places, each counted once per article that mentions it; or, with
            --with, those that appear in the same articles. Articles that mention one: 'platform list --entity NAME'.

            Examples:
              platform entities --type person --from 2025-01-01 --to 2025-12-31
              platform entities --with "Ministry of Unification"
            """);
        command.Options.Add(type);
        command.Options.Add(with);
        command.Options.Add(limit);
        o.AddPeriod(command);
        o.AddStore(command);
        command.SetAction((r, ct) => EntitiesCommand.RunAsync(o.Location(r), r.GetValue(type), StoreOptions.Date(r, o.From), StoreOptions.Date(r, o.To),
            r.GetValue(with), r.GetValue(limit), r.GetValue(o.Json), stdout, ct));
        return command;
    }

    private static Command Quotes(TextWriter stdout)
    {
        var o = new StoreOptions();
        var speaker = new Option<string?>("--speaker") { Description = "What this speaker (name or part of it) was quoted as saying." };
        var byOrganisation = new Option<bool>("--by-organisation") { Description = "Quotes of speakers described by role, grouped by organisation." };
        var command = new Command("quotes", """
            Direct quotations with article and date: by a named speaker, or by described speakers ("a ministry official")
            grouped by the organisation the description names.

            Examples:
              platform quotes --speaker Rotich
              platform quotes --by-organisation --json
            """);
        command.Options.Add(speaker);
        command.Options.Add(byOrganisation);
        o.AddStore(command);
        o.AddPaging(command);
        command.SetAction((r, ct) => QuotesCommand.RunAsync(o.Location(r), r.GetValue(speaker), r.GetValue(byOrganisation), r.GetValue(o.Page),
            r.GetValue(o.PageSize), r.GetValue(o.Json), stdout, ct));
        return command;
    }

    private static Command Stats(TextWriter stdout)
    {
        var o = new StoreOptions();
        var command = new Command("stats", """
            Pipeline counts (submitted, stored, duplicates, rejected by stage and reason) and articles per month, outlet and
            translation method.

            Example:
              platform stats --from 2025-01-01
            """);
        o.AddPeriod(command);
        o.AddStore(command);
        command.SetAction((r, ct) => StatsCommand.RunAsync(o.Location(r), StoreOptions.Date(r, o.From), StoreOptions.Date(r, o.To), r.GetValue(o.Json), stdout, ct));
        return command;
    }

    private static Command Rejections(TextWriter stdout)
    {
        var o = new StoreOptions();
        var reason = new Option<string?>("--reason") { Description = "Only this reason code (e.g. empty-file, invalid-json)." };
        var command = new Command("rejections", """
            Rejected submissions, newest first, with the stage, reason code and detail.

            Example:
              platform rejections --reason invalid-json
            """);
        command.Options.Add(reason);
        o.AddStore(command);
        o.AddPaging(command);
        command.SetAction((r, ct) => RejectionsCommand.RunAsync(o.Location(r), r.GetValue(reason), r.GetValue(o.Page), r.GetValue(o.PageSize),
            r.GetValue(o.Json), stdout, ct));
        return command;
    }

    private static Command Serve()
    {
        var o = new StoreOptions();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (default 8090).", DefaultValueFactory = _ => 8090 };
        var apiKey = new Option<string?>("--api-key") { Description = "Require this key (X-Api-Key header, or ?key= once in a browser); open without." };
        var verbose = new Option<bool>("--verbose") { Description = "Log requests on stderr." };
        var command = new Command("serve", """
            Serves the web view (search, article pages with highlights and provenance), the JSON API (/api/...) and its
            OpenAPI document (/openapi/v1.json) over the embedded store or --database, on 127.0.0.1, until Ctrl-C.

            Example:
              platform serve --port 8090
            """);
        command.Options.Add(port);
        command.Options.Add(apiKey);
        command.Options.Add(verbose);
        command.Options.Add(o.Data);
        command.Options.Add(o.Database);
        command.SetAction((r, ct) => ServeCommand.RunAsync(o.Location(r), r.GetValue(port), r.GetValue(apiKey), r.GetValue(verbose), ct));
        return command;
    }
}
