using System.Diagnostics;
using System.Globalization;
using System.Text;
using Platform.Cli.Benchmarking;
using Platform.Cli.Input;
using Platform.Contracts;
using Platform.Extraction;
using Platform.Extraction.Dates;
using Platform.Extraction.Entities;
using Platform.Extraction.Quantities;
using Platform.Extraction.Quotes;
using Platform.Ingest.Decoding;
using Platform.Provenance.Detection;

namespace Platform.Cli.Commands;

/// <summary>
/// <c>platform benchmark [files or folders...] [--seconds N]</c>: measures each CPU stage on one thread (so the figures are
/// per core): MB of article body text per second of wall time and per second of process CPU time (the fairer figure on a
/// busy machine), and bytes allocated per article. Prints figures; asserts nothing.
/// </summary>
public static class BenchmarkCommand
{
    public static int Run(CommandLine line, TextWriter stdout)
    {
        if (line.HasFlag("--hostile"))
        {
            var count = int.Parse(line.Option("--files") ?? "1000", CultureInfo.InvariantCulture);
            return count > 0 ? HostileBenchmark.Run(count, stdout) : throw new UsageException("--files must be at least 1.");
        }
        var seconds = double.Parse(line.Option("--seconds") ?? "5", CultureInfo.InvariantCulture);
        var inputs = line.Arguments.Count > 0 ? line.Arguments : DefaultInputs();
        var files = InputFiles.Expand(inputs);

        var decoder = new ArticleFileDecoder(new IngestOptions());
        var raw = files.Select(f => (Name: f, Bytes: File.ReadAllBytes(f))).ToList();
        var articles = raw.Select(r => decoder.Decode(r.Bytes, r.Name, null).Article).OfType<ArticleDocument>().ToList();
        if (articles.Count == 0)
        {
            throw new UsageException("None of the given files decoded into an article to benchmark.");
        }
        var detector = new TranslationProvenanceDetector();
        var provenance = articles.Select(a => detector.Detect(a)).ToList();
        var extractor = ArticleExtractor.CreateDefault();
        var bodyBytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Body));
        var rawBytes = raw.Sum(r => (long)r.Bytes.Length);

        stdout.WriteLine($"benchmark: {articles.Count} articles, {bodyBytes / 1024.0:0.0} KiB of body text ({rawBytes / 1024.0:0.0} KiB raw), {seconds:0.#} s per stage, one thread");
        Report(stdout, "ingest (decode+structure)", rawBytes, articles.Count, seconds, () =>
        {
            foreach (var r in raw)
            {
                decoder.Decode(r.Bytes, r.Name, null);
            }
        });
        Report(stdout, "provenance", bodyBytes, articles.Count, seconds, () =>
        {
            foreach (var a in articles)
            {
                detector.Detect(a);
            }
        });
        Report(stdout, "extraction (all extractors)", bodyBytes, articles.Count, seconds, () =>
        {
            for (var i = 0; i < articles.Count; i++)
            {
                extractor.Extract(articles[i], provenance[i]);
            }
        });
        var entities = EntityExtractor.CreateDefault();
        var found = articles.Select(a => entities.Extract(a.Body)).ToList();
        Report(stdout, "  of which: entities", bodyBytes, articles.Count, seconds, () => articles.ForEach(a => entities.Extract(a.Body)));
        var dates = new DateExpressionExtractor();
        Report(stdout, "  of which: dates", bodyBytes, articles.Count, seconds, () => articles.ForEach(a => dates.Extract(a.Body, a.Published)));
        var quantities = new QuantityExtractor();
        Report(stdout, "  of which: quantities", bodyBytes, articles.Count, seconds, () => articles.ForEach(a => quantities.Extract(a.Body)));
        var quotes = new QuoteExtractor();
        Report(stdout, "  of which: quotes", bodyBytes, articles.Count, seconds, () =>
        {
            for (var i = 0; i < articles.Count; i++)
            {
                quotes.Extract(articles[i].Body, found[i], translated: false);
            }
        });
        return 0;
    }

    private static void Report(TextWriter stdout, string stage, long bytesPerRound, int articlesPerRound, double seconds, Action round)
    {
        // Warm-up: lazy tables and models, and enough calls for tiered JIT to reach optimized code.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < Math.Min(2, seconds / 2))
        {
            round();
        }
        GC.Collect();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        long rounds = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            round();
            rounds++;
        }
        watch.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var megabytesPerSecond = bytesPerRound * rounds / watch.Elapsed.TotalSeconds / (1024 * 1024);
        var megabytesPerCpuSecond = bytesPerRound * rounds / Math.Max(cpu, 1e-9) / (1024 * 1024);
        var articlesPerSecond = articlesPerRound * rounds / watch.Elapsed.TotalSeconds;
        var allocatedPerArticle = allocated / (double)(articlesPerRound * rounds);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {stage,-28} {megabytesPerSecond,8:0.00} MB/s per core (wall) {megabytesPerCpuSecond,8:0.00} MB/s per CPU-second  {articlesPerSecond,9:0.0} articles/s  {allocatedPerArticle / 1024,9:0.0} KiB allocated per article"));
    }

    private static List<string> DefaultInputs()
    {
        var inputs = new List<string>();
        foreach (var candidate in new[] { "tests/fixtures/articles", "tests/Platform.Ingest.Tests/Fixtures", "../shared/seeds/sample-article.txt" })
        {
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                inputs.Add(candidate);
            }
        }
        return inputs.Count > 0 ? inputs : throw new UsageException("benchmark needs files or folders of articles.");
    }
}
