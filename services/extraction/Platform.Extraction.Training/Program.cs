using System.Diagnostics;
using Platform.Extraction.Entities;
using Platform.Extraction.Entities.Lexicons;
using Platform.Extraction.Entities.Tagging;
using Platform.Extraction.Training;

// Usage:
//   train --data ../shared/datasets/ner --out services/extraction/Platform.Extraction/Entities/Resources/ner-model.bin [--no-litbank] [--epochs 12] [--seed 7]
//   eval  --corpus tests/Platform.Extraction.Tests/Corpus [--data ../shared/datasets/ner] [--model FILE]
//   compare --data ../shared/datasets/ner --corpus tests/Platform.Extraction.Tests/Corpus   (with/without LitBank, lexicon baseline)
var command = args.Length > 0 ? args[0] : "help";
string? Option(string name) { var i = Array.IndexOf(args, name); return i >= 0 && i + 1 < args.Length ? args[i + 1] : null; }
var data = Option("--data");
var corpus = Option("--corpus");
var epochs = int.Parse(Option("--epochs") ?? "12", System.Globalization.CultureInfo.InvariantCulture);
var seed = int.Parse(Option("--seed") ?? "7", System.Globalization.CultureInfo.InvariantCulture);
var bits = int.Parse(Option("--bits") ?? "18", System.Globalization.CultureInfo.InvariantCulture);
var lexicons = EntityLexicons.Default;

switch (command)
{
    case "train":
        {
            var output = Option("--out") ?? throw new ArgumentException("--out is required");
            var model = Train(data ?? throw new ArgumentException("--data is required"), !args.Contains("--no-litbank"));
            using (var file = File.Create(output)) model.Save(file);
            Console.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes)");
            Report("trained model", new EntityExtractor(lexicons, model));
            break;
        }
    case "eval":
        {
            var extractor = Option("--model") is { } path ? new EntityExtractor(lexicons, LoadModel(path)) : EntityExtractor.CreateDefault();
            Report("model", extractor);
            Report("lexicon+rules baseline (tagger off)", new EntityExtractor(lexicons, null));
            break;
        }
    case "compare":
        {
            Report("GUM + LitBank", new EntityExtractor(lexicons, Train(data!, true)));
            Report("GUM only", new EntityExtractor(lexicons, Train(data!, false)));
            Report("lexicon+rules baseline (tagger off)", new EntityExtractor(lexicons, null));
            break;
        }
    case "show":
        {
            var extractor = Option("--model") is { } path ? new EntityExtractor(lexicons, LoadModel(path)) : EntityExtractor.CreateDefault();
            var text = Option("--text") ?? File.ReadAllText(Option("--file")!);
            foreach (var e in extractor.Extract(text))
            {
                Console.WriteLine($"{e.Id} {e.Type} \"{e.Canonical}\" role={e.Role}");
                foreach (var m in e.Mentions) Console.WriteLine($"    [{m.Text}] {m.Start}-{m.End} {m.MentionKind} {m.Evidence} {m.Confidence:F2} role={m.Role}");
            }
            break;
        }
    case "bench":
        {
            // Single-thread throughput of EntityExtractor.Extract over the corpus articles, article by article.
            var extractor = Option("--model") is { } path ? new EntityExtractor(lexicons, LoadModel(path)) : EntityExtractor.CreateDefault();
            var bodies = Directory.GetFiles(corpus!, "*.txt").Select(f => Platform.Extraction.Entities.Evaluation.InlineAnnotation.Parse(File.ReadAllText(f)).Body).ToList();
            foreach (var b in bodies) extractor.Extract(b); // warm-up
            Time("EntityExtractor.Extract", b => extractor.Extract(b));
            if (args.Contains("--large"))
            {
                // One very long body (all articles repeated): guards against super-linear steps.
                var large = string.Join("\n\n", Enumerable.Repeat(string.Join("\n\n", bodies), 20));
                var w = Stopwatch.StartNew();
                var found = extractor.Extract(large).Count;
                Console.WriteLine($"  one body of {large.Length / 1e6:F1} MB: {w.Elapsed.TotalSeconds:F2}s, {found} entities");
            }
            if (args.Contains("--parts"))
            {
                Time("tokenizer only", b => NewsTokenizer.Tokenize(b));
                var baseline = new EntityExtractor(lexicons, null);
                Time("lexicons+rules+coref (tagger off)", b => baseline.Extract(b));
                Time("names only (no nominal coref)", b => extractor.ExtractNameSpans(b));
            }
            // Reports wall-clock and process CPU time: on a shared machine the CPU figure is the one-core throughput.
            // Bytes are counted as UTF-8 (news text here is mostly ASCII).
            void Time(string name, Action<string> action)
            {
                var warm = Stopwatch.StartNew();
                // Let tiered JIT finish first: process CPU time also counts the background compiler thread.
                while (warm.Elapsed.TotalSeconds < 5) foreach (var b in bodies) action(b);
                var n = 0L;
                var process = Process.GetCurrentProcess();
                var cpu0 = process.TotalProcessorTime;
                var w = Stopwatch.StartNew();
                while (w.Elapsed.TotalSeconds < 4) foreach (var b in bodies) { action(b); n += System.Text.Encoding.UTF8.GetByteCount(b); }
                process.Refresh();
                var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
                Console.WriteLine($"  {name}: {n / cpu / 1e6:F2} MB/s per CPU-second ({n / w.Elapsed.TotalSeconds / 1e6:F2} MB/s wall, {n / 1e6:F1} MB)");
            }
            break;
        }
    case "tokens":
        {
            var text = Option("--text")!;
            var tokens = NewsTokenizer.Tokenize(text);
            var infos = new TokenInfo[tokens.Count];
            var matches = new List<LexiconMatch>();
            new TokenInfoBuilder(lexicons).Build(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), infos, matches, new ulong[tokens.Count]);
            for (var i = 0; i < tokens.Count; i++) Console.WriteLine($"{i} [{text[tokens[i].Start..tokens[i].End]}] {tokens[i].Start}-{tokens[i].End} ss={tokens[i].SentenceStart} {infos[i].Flags} lex={infos[i].LexiconCategory}/{infos[i].LexiconPosition}");
            foreach (var m in matches) Console.WriteLine($"match {m.First}+{m.Count} {m.Entry}");
            break;
        }
    case "errors":
        {
            var extractor = Option("--model") is { } path ? new EntityExtractor(lexicons, LoadModel(path)) : EntityExtractor.CreateDefault();
            var documents = corpus is not null
                ? Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal).Select(f => { var (b, g) = Platform.Extraction.Entities.Evaluation.InlineAnnotation.Parse(File.ReadAllText(f)); return (Path.GetFileName(f), b, g); }).ToList()
                : DevDocuments.Load(Path.Combine(data!, "gum", "dev.txt"), TrainingData.IsAllowedGum);
            foreach (var (id, body, gold) in documents)
            {
                var predicted = Evaluator.Predict(extractor, body, includeNationality: corpus is not null).ToHashSet();
                var goldSet = gold.ToHashSet();
                foreach (var g in goldSet.Where(g => !predicted.Contains(g))) Console.WriteLine($"{id} MISS {g.Kind.ToShortTag()} [{body[g.Start..g.End]}]");
                foreach (var p in predicted.Where(p => !goldSet.Contains(p))) Console.WriteLine($"{id} FALSE {p.Kind.ToShortTag()} [{body[p.Start..p.End]}]");
            }
            break;
        }
    default:
        Console.WriteLine("commands: train --data DIR --out FILE [--no-litbank] | eval --corpus DIR [--data DIR] [--model FILE] | compare --data DIR --corpus DIR");
        break;
}

PerceptronModel Train(string dataDir, bool withLitBank)
{
    var sentences = TrainingData.Load(dataDir, withLitBank);
    Console.WriteLine($"training on {sentences.Count:N0} sentences ({sentences.Sum(s => s.Tokens.Length):N0} tokens), LitBank: {withLitBank}, epochs {epochs}");
    var watch = Stopwatch.StartNew();
    var trainer = new PerceptronTrainer(new TokenInfoBuilder(lexicons), bits);
    var model = trainer.Train(sentences, epochs, seed, (e, acc) => Console.WriteLine($"  epoch {e}: token accuracy {acc:P2}"));
    Console.WriteLine($"  trained in {watch.Elapsed.TotalSeconds:F1}s");
    // Confidence calibration uses GUM dev (allowed genres); the weights never see it.
    var heldOut = TrainingData.LoadDev(dataDir);
    model.ConfidenceScale = PerceptronTrainer.CalibrateConfidence(model, new TokenInfoBuilder(lexicons), heldOut);
    Console.WriteLine($"  confidence scale {model.ConfidenceScale:F3} (fitted on {heldOut.Count} GUM dev sentences)");
    return model;
}

PerceptronModel LoadModel(string path)
{
    using var stream = File.OpenRead(path);
    return PerceptronModel.Load(stream);
}

void Report(string title, EntityExtractor extractor)
{
    Console.WriteLine($"== {title}");
    if (corpus is not null)
    {
        Console.WriteLine($"-- annotated corpus ({corpus})");
        Console.Write(Evaluator.Corpus(extractor, corpus).Report());
    }
    if (data is not null)
    {
        Console.WriteLine("-- GUM dev, allowed genres (news, interview, academic, court)");
        Console.Write(Evaluator.GumDev(extractor, data, allowedGenresOnly: true).Report());
        Console.WriteLine("-- GUM dev, all genres");
        Console.Write(Evaluator.GumDev(extractor, data, allowedGenresOnly: false).Report());
    }
}
