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
                  --json prints one JSON line per file (see README, "JSON contract").
              platform submit <files or folders...> [--journal FILE] [--content-type TYPE] [--quiet]
                  Sends the files as raw messages into the RabbitMQ 'ingest' queue of a distributed run
                  (settings from RabbitMq__* or PLATFORM_RABBITMQ_* environment variables). Files already
                  confirmed by the broker (listed in the journal) are skipped on a re-run.
            exit codes: 0 every file got an outcome, 2 usage error, 1 internal failure
            """);
        return exitCode;
    }
}
