using System.Diagnostics;
using Graph.Cli.Console;
using Graph.Rings;
using Graph.Rings.Hits;
using Graph.Rings.Reports;
using Graph.Rules;
using Graph.Rules.Running;
using Graph.Storage;
using Graph.Storage.Reading;

namespace Graph.Cli.Commands;

/// <summary>
/// What `graph rings` and `graph eval` share: open the store read-only, run every rule of the folder (or read
/// saved hits), detect rings, and report time and peak memory on stderr.
/// </summary>
public static class RingsRun
{
    public const string DefaultRulesFolder = RulesCommand.DefaultRulesDirectory;

    /// <summary>Runs the pipeline; on a user error prints it and returns the exit code with a null report.</summary>
    public static (int ExitCode, RingReport? Report) Execute(RingsRequest request, CancellationToken ct)
    {
        if (!Directory.Exists(request.StorePath))
        {
            return (UserError.Report("CLI401", $"no store at '{request.StorePath}'; load a dataset first (graph load DIR --store {request.StorePath}).", ExitCodes.BadInput), null);
        }

        IGraphReader reader;
        try
        {
            reader = GraphStore.OpenReadOnly(request.StorePath, StoreOptions.Default);
        }
        catch (StoreException e)
        {
            return (UserError.Report(e.Code, e.Message, ExitCodes.StoreError), null);
        }

        var catalog = RuleCatalog.Load(request.RulesFolder);
        foreach (RuleError error in catalog.Errors)
        {
            System.Console.Error.WriteLine($"graph: warning: {error}");
        }

        var clock = Stopwatch.StartNew();
        IReadOnlyList<RuleHit> hits;
        if (request.HitsFile is { } hitsFile)
        {
            if (!File.Exists(hitsFile))
            {
                return (UserError.Report("CLI402", $"no hits file at '{hitsFile}'.", ExitCodes.BadInput), null);
            }

            (long version, hits) = HitFile.Read(hitsFile);
            if (version != reader.Version)
            {
                System.Console.Error.WriteLine($"graph: warning: the hits were found on store version {version}, the store is at {reader.Version}; node ids may not match.");
            }
        }
        else
        {
            if (catalog.Rules.Count == 0)
            {
                return (UserError.Report("CLI403", $"no usable rule in '{request.RulesFolder}' (--rules DIR).", ExitCodes.BadInput), null);
            }

            hits = RunRules(reader, catalog, request.RuleTimeLimit, ct);
        }

        TimeSpan rulesTime = clock.Elapsed;
        if (request.SaveHitsFile is { } save)
        {
            HitFile.Write(save, reader.Version, hits);
        }

        clock.Restart();
        var signals = catalog.Rules.ToDictionary(r => r.Id, r => r.Signals, StringComparer.Ordinal);
        RingOptions options = request.MinScore is { } min ? RingOptions.Default with { Scoring = RingOptions.Default.Scoring with { MinScore = min } } : RingOptions.Default;
        RingReport report = RingDetector.Detect(hits, reader, options, signals, ct);
        TimeSpan ringsTime = clock.Elapsed;
        System.Console.Error.WriteLine(
            $"graph: {Numbers.Count(hits.Count)} hits in {Numbers.Seconds(rulesTime)}{(request.HitsFile is null ? $" from {catalog.Rules.Count} rules" : " (read from file)")}; " +
            $"{Numbers.Count(report.CandidateCount)} candidate rings, {Numbers.Count(report.Rings.Count)} at score >= {report.MinScore} in {Numbers.Seconds(ringsTime)}; " +
            $"peak memory {Numbers.Bytes(Process.GetCurrentProcess().PeakWorkingSet64)}");
        return (ExitCodes.Ok, report);
    }

    private static List<RuleHit> RunRules(IGraphReader reader, RuleCatalog catalog, TimeSpan timeLimit, CancellationToken ct)
    {
        var runner = new RuleRunner(reader);
        RuleRunReport run;
        using (var line = ProgressLine.ForStandardError())
        {
            var options = new RuleRunOptions
            {
                TimeLimit = timeLimit,
                Progress = p => line.Report(
                    p.Finished is { } done ? $"rules: {p.Done}/{p.Count} {p.Rule.Id} {Numbers.Count(done.Hits.Count)} hits in {Numbers.Seconds(done.Elapsed)}" : $"rules: {p.Done}/{p.Count} done, {p.Rule.Id} started",
                    force: p.Finished is not null),
            };
            run = runner.Run(catalog.Rules, options, ct);
        }

        foreach (var failed in run.Failures)
        {
            System.Console.Error.WriteLine($"graph: warning: rule {failed.Rule.Id} failed ({failed.Rule.FilePath}): {failed.Error?.Code}: {failed.Error?.Message}");
        }

        return [.. run.Hits];
    }
}
