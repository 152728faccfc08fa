using System.Globalization;

namespace Graph.Cypher.Tck.Cli;

/// <summary>Parses <c>&lt;features-dir&gt; [options]</c>; a handful of flags does not need a command-line framework.</summary>
public static class RunnerOptionsParser
{
    public const string Usage = """
        usage: Graph.Cypher.Tck <features-dir> [options]
          <features-dir>        a TCK features folder, or a folder holding features/ (graphs are read from ../graphs)
          --report PATH         JSON report path (default tck-report.json)
          --exclusions PATH     exclusion list (default exclusions.json beside the runner)
          --min-pass RATE       overall pass rate to reach, 0..1 (default 0.9)
          --min-folder RATE     pass rate for each folder under clauses/ (but call) and expressions/ (default 0.8)
          --filter TEXT         run only scenarios whose "path: name" contains TEXT (case-insensitive)
          --timeout-ms N        time limit per scenario (default 10000)
          --max-failures N      failures printed in full (default 50; --verbose prints all)
          --verbose             print every scenario as it finishes and every failure
        exit code: 0 thresholds met, 1 thresholds missed, 2 bad arguments or files
        """;

    public static RunnerOptions Parse(IReadOnlyList<string> args)
    {
        string? features = null;
        var options = new RunnerOptions { FeaturesDirectory = string.Empty };
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--report" => options with { ReportPath = Value() },
                "--exclusions" => options with { ExclusionsPath = Value() },
                "--min-pass" => options with { MinPass = ParseRate(args[i], Value()) },
                "--min-folder" => options with { MinFolder = ParseRate(args[i], Value()) },
                "--filter" => options with { Filter = Value() },
                "--timeout-ms" => options with { TimeoutMs = ParsePositive(args[i], Value()) },
                "--max-failures" => options with { MaxFailures = ParsePositive(args[i], Value()) },
                "--verbose" => options with { Verbose = true },
                var flag when flag.StartsWith("--", StringComparison.Ordinal) => throw new ArgumentException($"unknown option {flag}"),
                var positional when features is null => options with { FeaturesDirectory = features = positional },
                var extra => throw new ArgumentException($"unexpected argument {extra}"),
            };
        }

        return features is null ? throw new ArgumentException("the features directory is missing") : options with { FeaturesDirectory = ResolveFeatures(features) };
    }

    /// <summary>Accepts the TCK folder itself as well as its features/ folder, since both are natural to type.</summary>
    private static string ResolveFeatures(string path)
    {
        var nested = Path.Combine(path, "features");
        var chosen = Directory.Exists(nested) ? nested : path;
        return Directory.Exists(chosen) ? Path.GetFullPath(chosen) : throw new ArgumentException($"no such directory: {path}");
    }

    private static double ParseRate(string flag, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1
            ? rate
            : throw new ArgumentException($"{flag} needs a rate between 0 and 1, not '{text}'");

    private static int ParsePositive(string flag, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{flag} needs a positive whole number, not '{text}'");
}
