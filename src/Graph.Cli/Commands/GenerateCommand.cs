using System.CommandLine;
using Graph.Cli.Console;
using Graph.Generation;
using Graph.Generation.Profiles;

namespace Graph.Cli.Commands;

/// <summary>`graph generate`: a synthetic dataset in the record format, with its ground truth beside it.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var scale = new Option<double>("--scale")
        {
            Description = "Size: 1 ≈ 20,000 cases (fractions allowed, e.g. 0.05).",
            DefaultValueFactory = _ => 1.0,
        };
        scale.Validators.Add(r =>
        {
            if (r.GetValue(scale) is <= 0 or > 1000)
            {
                r.AddError("--scale must be greater than 0 and at most 1000.");
            }
        });
        var seed = new Option<int>("--seed") { Description = "Random seed; the same scale and seed give the same files.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out", "-o") { Description = "Output folder for the record files.", Required = true };
        var format = new Option<OutputFormat>("--format") { Description = "csv, ndjson, or mixed (some files of each).", DefaultValueFactory = _ => OutputFormat.Csv };
        var force = new Option<bool>("--force") { Description = "Write into a folder that already holds files." };
        var profile = new Option<string>("--profile")
        {
            Description = "Distributions to draw from: standard (the default) or shifted (another generator's habits, to check that screening figures hold).",
            DefaultValueFactory = _ => GenerationProfile.Standard.Name,
        };
        profile.AcceptOnlyFromAmong([.. GenerationProfile.Names]);

        var command = new Command("generate", "Write a synthetic dataset (honest majority, look-alikes, planted rings, noise) and its ground truth.")
        {
            scale, seed, output, format, force, profile,
        };
        command.SetAction((parse, ct) => Task.FromResult(Run(
            new GeneratorOptions
            {
                Scale = parse.GetValue(scale),
                Seed = parse.GetValue(seed),
                OutputDirectory = parse.GetValue(output)!,
                Format = parse.GetValue(format),
                Profile = GenerationProfile.Named(parse.GetValue(profile)!) ?? GenerationProfile.Standard,
            },
            parse.GetValue(force),
            ct)));
        return command;
    }

    public static int Run(GeneratorOptions options, bool force, CancellationToken ct)
    {
        if (Directory.Exists(options.OutputDirectory) && Directory.EnumerateFileSystemEntries(options.OutputDirectory).Any() && !force)
        {
            return UserError.Report("CLI010", $"output folder '{options.OutputDirectory}' is not empty; use --force to overwrite it.", ExitCodes.BadInput);
        }

        GenerationSummary summary;
        using (var line = ProgressLine.ForStandardError())
        {
            var progress = new SynchronousProgress<GenerationProgress>(p => line.Report($"generate: {p.Stage}, {Numbers.Count(p.RowsWritten)} rows"));
            try
            {
                summary = DatasetGenerator.Generate(options, progress, ct);
            }
            catch (OperationCanceledException)
            {
                return UserError.Report("CLI001", "cancelled.", ExitCodes.Cancelled);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return UserError.Report("CLI011", $"cannot write '{options.OutputDirectory}': {e.Message}", ExitCodes.BadInput);
            }
        }

        System.Console.WriteLine($"Generated {Numbers.Count(summary.TotalRows)} rows in {summary.RowsByFile.Count} files in {Numbers.Seconds(summary.Elapsed)} → {summary.OutputDirectory}");
        foreach (var (file, rows) in summary.RowsByFile.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            System.Console.WriteLine($"  {file,-22} {Numbers.Count(rows),12}");
        }

        System.Console.WriteLine($"Planted rings: {summary.Rings}; look-alike traps: {summary.Traps}; malformed rows: {summary.MalformedRows}; profile: {options.Profile.Name}");
        System.Console.WriteLine($"Ground truth: {summary.TruthPath}");
        System.Console.WriteLine($"Entity truth: {summary.ReferencesPath}");
        return ExitCodes.Ok;
    }
}
