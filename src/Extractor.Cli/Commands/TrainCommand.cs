using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Extractor.Mentions.Names;
using Extractor.Training;
using Extractor.Training.Scoring;
using Newtonsoft.Json;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>extractor train conll2002 --data DIR --out DIR</c> and <c>extractor train corpus --out DIR</c>: reproduce a
/// model from its data with a fixed seed, print development scores, and write a manifest of data and settings
/// beside the model.
/// </summary>
internal static class TrainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("train", "Train the name recogniser's models.");
        command.Subcommands.Add(Conll(stdout, stderr));
        command.Subcommands.Add(Corpus(stdout, stderr));
        command.Subcommands.Add(Events(stdout, stderr));
        return command;
    }

    private static Command Conll(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Folder holding esp.train and esp.testa.", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Where the model goes (outside models/: research-only data).", DefaultValueFactory = _ => new DirectoryInfo("artifacts/conll2002") };
        var epochs = new Option<int>("--epochs") { DefaultValueFactory = _ => 15 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 17 };
        var learner = LearnerOption();
        var command = new Command("conll2002", "Benchmark model on CoNLL-2002 Spanish (PER, ORG, LOC, MISC). Never shipped.") { data, output, epochs, seed, learner };
        command.SetAction(parse =>
        {
            var dataDir = parse.GetValue(data)!;
            var outDir = parse.GetValue(output)!;
            if (!File.Exists(Path.Combine(dataDir.FullName, "esp.train")) || !File.Exists(Path.Combine(dataDir.FullName, "esp.testa")))
            {
                stderr.WriteLine($"{dataDir.FullName} must hold esp.train and esp.testa.");
                return CliApp.BadUsage;
            }
            if (IsInsideModels(outDir.FullName))
            {
                stderr.WriteLine("The CoNLL-2002 licence allows research use only: write this model outside models/.");
                return CliApp.BadUsage;
            }
            var (model, dev, lowercase) = ConllBenchmark.Train(dataDir.FullName, parse.GetValue(learner), parse.GetValue(epochs), parse.GetValue(seed), stderr.WriteLine);
            Directory.CreateDirectory(outDir.FullName);
            File.WriteAllLines(Path.Combine(outDir.FullName, ConllBenchmark.LowercaseWordsFile), lowercase);
            stdout.WriteLine("development (esp.testa):");
            stdout.Write(ScoreTable(dev));
            Save(model, outDir.FullName, new
            {
                task = "conll2002",
                data = new[] { Describe(Path.Combine(dataDir.FullName, "esp.train")), Describe(Path.Combine(dataDir.FullName, "esp.testa")) },
                lists = ModelFingerprint.LanguageOnlyFiles.Select(f => "models/" + f).Append("src/Extractor/Lexicons/company-forms.tsv").ToArray(),
                fingerprint = model.Fingerprint,
                learner = Describe(parse.GetValue(learner)),
                epochs = parse.GetValue(epochs), seed = parse.GetValue(seed), dimension_bits = ConllBenchmark.DimensionBits,
                features_per_token = NameFeatures.PerToken,
                dev_f1 = Math.Round(100 * dev.Overall().F1, 2),
            });
            stdout.WriteLine($"model written to {outDir.FullName}");
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Events(TextWriter stdout, TextWriter stderr)
    {
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "The corpus folder (train/).", DefaultValueFactory = _ => new DirectoryInfo("corpus") };
        var output = new Option<DirectoryInfo>("--out") { Description = "Model folder.", DefaultValueFactory = _ => new DirectoryInfo("models/events") };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 17 };
        var command = new Command("events", "The shipped event classifiers (anchor slot and entity role), from corpus/train gold events, learned with ML.NET.") { corpus, output, seed };
        command.SetAction(parse =>
        {
            var outDir = parse.GetValue(output)!;
            var (anchors, roles) = Extractor.Training.Events.EventModelTrainer.Train(parse.GetValue(corpus)!.FullName, outDir.FullName, parse.GetValue(seed), stderr.WriteLine);
            stdout.WriteLine($"event models written to {outDir.FullName} ({anchors} anchor and {roles} role examples)");
            return CliApp.Ok;
        });
        return command;
    }

    private static Command Corpus(TextWriter stdout, TextWriter stderr)
    {
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "The corpus folder (train/ and dev/).", DefaultValueFactory = _ => new DirectoryInfo("corpus") };
        var output = new Option<DirectoryInfo>("--out") { Description = "Model folder.", DefaultValueFactory = _ => new DirectoryInfo("models/ner") };
        var epochs = new Option<int>("--epochs") { DefaultValueFactory = _ => 15 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 17 };
        var learner = LearnerOption();
        var command = new Command("corpus", "The shipped COMPANY and PERSON model, from corpus/train and the gazetteers; epoch chosen on corpus/dev.") { corpus, output, epochs, seed, learner };
        command.SetAction(parse =>
        {
            var corpusDir = parse.GetValue(corpus)!;
            var outDir = parse.GetValue(output)!;
            var (model, dev, augmented, lowercase) = CorpusNameModel.Train(corpusDir.FullName, parse.GetValue(learner), parse.GetValue(epochs), parse.GetValue(seed), stderr.WriteLine);
            Directory.CreateDirectory(outDir.FullName);
            File.WriteAllLines(Path.Combine(outDir.FullName, CorpusNameModel.LowercaseWordsFile),
                ["# Words written in lower case at least three times in corpus/train (a feature of the name model).", "word", .. lowercase]);
            stdout.WriteLine("development (corpus/dev):");
            stdout.Write(ScoreTable(dev));
            Save(model, outDir.FullName, new
            {
                task = "companies-people",
                data = new[] { "corpus/train" }.Concat(ModelFingerprint.CorpusModelFiles.Select(f => "models/" + f))
                    .Append("src/Extractor/Lexicons/company-forms.tsv").ToArray(),
                fingerprint = model.Fingerprint,
                dev = "corpus/dev",
                augmented_sentences = augmented,
                learner = Describe(parse.GetValue(learner)),
                epochs = parse.GetValue(epochs), seed = parse.GetValue(seed), dimension_bits = CorpusNameModel.DimensionBits,
                features_per_token = NameFeatures.PerToken,
                dev_f1 = Math.Round(100 * dev.Overall().F1, 2),
            }, CorpusNameModel.FileName);
            stdout.WriteLine($"model written to {outDir.FullName}");
            return CliApp.Ok;
        });
        return command;
    }

    public static Command EvalConll(TextWriter stdout, TextWriter stderr)
    {
        var model = new Option<DirectoryInfo>("--model") { Description = "Folder written by 'train conll2002'.", Required = true };
        var file = new Argument<FileInfo>("file") { Description = "A CoNLL-2002 file, e.g. esp.testb." };
        var predictions = new Option<FileInfo?>("--predictions") { Description = "Write 'token gold predicted' lines for conlleval." };
        var command = new Command("eval-conll", "Score a CoNLL-2002 model on a file: per-type precision, recall, F1 (exact chunks).") { model, file, predictions };
        command.SetAction(parse =>
        {
            var modelFile = Path.Combine(parse.GetValue(model)!.FullName, "model.bin");
            var input = parse.GetValue(file)!;
            if (!File.Exists(modelFile) || !input.Exists) { stderr.WriteLine("Model or input file missing."); return CliApp.BadUsage; }
            LinearSequenceModel loaded;
            using (var stream = File.OpenRead(modelFile)) loaded = LinearSequenceModel.Load(stream);
            using var writer = parse.GetValue(predictions) is { } p ? new StreamWriter(p.FullName) : null;
            var lowercase = File.ReadAllLines(Path.Combine(parse.GetValue(model)!.FullName, ConllBenchmark.LowercaseWordsFile));
            var scorer = ConllBenchmark.Evaluate(loaded, lowercase, input.FullName, writer);
            stdout.Write(ScoreTable(scorer));
            return CliApp.Ok;
        });
        return command;
    }

    private static Option<Learner> LearnerOption() => new("--learner")
    {
        Description = "perceptron (averaged structured perceptron) or maxent (ML.NET SDCA maximum entropy + transition scores).",
        DefaultValueFactory = _ => Learner.Perceptron,
    };

    private static string Describe(Learner learner) => learner switch
    {
        Learner.MaxEnt => "ML.NET SdcaMaximumEntropy per token, label-bigram transitions, IOB2 Viterbi",
        _ => "averaged structured perceptron, IOB2 Viterbi",
    };

    internal static string ScoreTable(ChunkScorer scorer)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine("| type | gold | predicted | correct | P | R | F1 |");
        w.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var s in scorer.PerType().Append(scorer.Overall()))
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {s.Type} | {s.Gold} | {s.Predicted} | {s.Correct} | {100 * s.Precision:0.00} | {100 * s.Recall:0.00} | {100 * s.F1:0.00} |"));
        return w.ToString();
    }

    private static bool IsInsideModels(string path)
    {
        var full = Path.GetFullPath(path).TrimEnd('/') + "/";
        return full.Contains("/models/", StringComparison.Ordinal);
    }

    private static object Describe(string path)
    {
        using var stream = File.OpenRead(path);
        return new { file = Path.GetFileName(path), bytes = stream.Length, sha256 = Convert.ToHexStringLower(SHA256.HashData(stream)) };
    }

    private static void Save(LinearSequenceModel model, string folder, object manifest, string fileName = "model.bin")
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, fileName);
        var temporary = target + ".partial";
        using (var stream = File.Create(temporary)) model.Save(stream);
        File.Move(temporary, target, overwrite: true);
        File.WriteAllText(Path.Combine(folder, Path.GetFileNameWithoutExtension(fileName) + ".manifest.json"),
            JsonConvert.SerializeObject(manifest, Formatting.Indented) + "\n");
    }
}
