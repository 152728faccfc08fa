using System.Collections.Concurrent;

namespace Graph.Generation.Tests.Support;

/// <summary>Datasets generated once per test run and shared; each lives in its own temp folder.</summary>
public static class Generated
{
    private static readonly ConcurrentDictionary<(double, int, OutputFormat), Lazy<Dataset>> Cache = new();

    public static Dataset Get(double scale, int seed, OutputFormat format = OutputFormat.Csv) =>
        Cache.GetOrAdd((scale, seed, format), key => new Lazy<Dataset>(() => Make(key.Item1, key.Item2, key.Item3))).Value;

    public static GeneratorOptions Options(double scale, int seed, OutputFormat format, string? folder = null) => new()
    {
        Scale = scale,
        Seed = seed,
        Format = format,
        OutputDirectory = Path.Combine(Path.GetTempPath(), "graph-gen-tests", folder ?? $"s{scale}-{seed}-{format}-{Environment.ProcessId}"),
    };

    private static Dataset Make(double scale, int seed, OutputFormat format)
    {
        var options = Options(scale, seed, format);
        if (Directory.Exists(options.OutputDirectory))
        {
            Directory.Delete(options.OutputDirectory, true);
        }

        return new Dataset(options, DatasetGenerator.Generate(options));
    }
}
