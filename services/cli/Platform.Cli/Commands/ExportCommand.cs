using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Cli.Input;
using Platform.Provenance.Exports;
using Platform.Storage.Persistence;

namespace Platform.Cli.Commands;

/// <summary>
/// <c>platform export &lt;articleId&gt; --format jsonld|c2pa [--data DIR | --postgres CONNECTION]</c>: prints a stored article's
/// provenance as schema.org NewsArticle JSON-LD or as a C2PA-style sidecar manifest.
/// </summary>
public static class ExportCommand
{
    public static async Task<int> RunAsync(CommandLine line, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (line.Arguments.Count != 1 || !Guid.TryParse(line.Arguments[0], out var articleId))
        {
            throw new UsageException("export needs exactly one article id (a UUID, as printed by process).");
        }
        var format = line.Option("--format") ?? "jsonld";
        if (format is not ("jsonld" or "c2pa"))
        {
            throw new UsageException("--format must be jsonld or c2pa.");
        }

        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        if (line.Option("--postgres") is { } connection)
        {
            services.AddArticleStore(StorageProvider.Postgres, connection);
        }
        else
        {
            var dataFolder = line.Option("--data") ?? ProcessCommand.DefaultDataFolder;
            var database = Path.Combine(dataFolder, Embedded.EmbeddedPipelineHost.DatabaseFileName);
            if (!File.Exists(database))
            {
                throw new UsageException($"No embedded store at {database}; run process first or pass --data.");
            }
            services.AddArticleStore(StorageProvider.Sqlite, $"Data Source={Path.GetFullPath(database)}");
        }
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IArticleStore>().FindArticleAsync(articleId, cancellationToken);
        if (stored is null)
        {
            await Console.Error.WriteLineAsync($"platform: no stored article {articleId}");
            return 1;
        }
        stdout.WriteLine(format == "jsonld"
            ? SchemaOrgJsonLdExporter.Export(stored.Article, stored.Provenance)
            : C2paManifestExporter.Export(stored.Article, stored.Provenance));
        return 0;
    }
}
