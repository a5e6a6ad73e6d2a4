namespace Platform.Cli.Commands;

public static class Usage
{
    public static int Print(TextWriter writer, int exitCode)
    {
        writer.WriteLine("""
            usage:
              platform process <files or folders...> [--json] [--data DIR] [--max-bytes N] [--verbose]
                  Runs every file through ingest, provenance, extraction and storage in this process
                  (in-memory bus, embedded SQLite store in DIR, default ./platform-data).
                  --json prints one JSON line per file (see README, "JSON contract"). Lines come in input order as
                  soon as each file and those before it are done; a path that names nothing is its own 'not-found'
                  line. Ctrl-C or SIGTERM: no new files, up to 10 s for those in flight, exit 130 or 143.
              platform submit <files or folders...> [--data DIR] [--journal FILE] [--content-type TYPE] [--quiet]
                  Sends the files as raw messages into the RabbitMQ 'ingest' queue of a distributed run
                  (settings from RabbitMq__* or PLATFORM_RABBITMQ_* environment variables). Files already
                  confirmed by the broker (listed in the journal, DIR/submit.journal) are skipped on a re-run.
              platform export <articleId> [--format jsonld|c2pa] [--data DIR | --postgres CONNECTION]
                  Prints a stored article's provenance as schema.org NewsArticle JSON-LD (default) or as a
                  C2PA-style sidecar manifest, from the embedded store or from PostgreSQL.
              platform benchmark [files or folders...] [--seconds N]
                  Measures ingest, provenance and extraction on one thread: MB of article text per second per
                  core and KiB allocated per article (default inputs: the repo's article fixtures and the sample).
              platform eval pages <folder> <truth.jsonl> [--misses] [--floors field=min,...]
              platform eval news <folder> <truth.jsonl> [--misses]
                  Reads each page the truth file names (schema of shared/corpora/wild-like/truth.jsonl) with ingest
                  and the provenance detector, and prints per-field accuracy; --misses lists every wrong field;
                  --floors exits 3 when a field scores under its minimum.
              platform train disclosure <output.tsv> <folder>... [--cross-validate]
                  Learns the provenance detector's disclosure-sentence model from the pages and truth.jsonl in each
                  folder and writes it; --cross-validate first holds out each folder in turn and prints its figures.
            exit codes: 0 every file got an outcome, 2 usage error, 1 internal failure, 3 eval under a floor
            """);
        return exitCode;
    }
}
