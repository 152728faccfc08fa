using System.Diagnostics;
using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Honest;
using Graph.Generation.Output;
using Graph.Generation.Records;
using Graph.Generation.Traps;
using Graph.Generation.Truth;

namespace Graph.Generation;

/// <summary>
/// Writes a synthetic dataset in the spec's record format: an honest majority with look-alikes, planted rings
/// of the five models, and noise; plus &lt;DIR&gt;.truth.json and &lt;DIR&gt;.references.csv beside the folder.
/// Streams rows as it goes; per-entity state is derived from (seed, index), so memory stays flat with scale.
/// </summary>
public static class DatasetGenerator
{
    public const double MaxScale = 400;

    public static GenerationSummary Generate(GeneratorOptions options, IProgress<GenerationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (options.Scale is <= 0 or > MaxScale || double.IsNaN(options.Scale))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Scale, $"Scale must be in (0, {MaxScale}].");
        }

        var stopwatch = Stopwatch.StartNew();
        var seed = EntityCatalog.DerivedSeed(options.Seed);
        var truth = new TruthLog();
        var counter = new ProgressCounter(progress, cancellationToken);
        var layout = new PopulationLayout(options.Scale, options.Profile.LookAlikes);
        var people = new PersonBook(seed, layout);
        var companies = new CompanyBook(seed, layout, people);
        var rates = options.Profile.Noise;
        var noise = new Rng(seed ^ 0xA5A5_5A5A_0F0F_F0F0UL);
        var rowsByFile = new SortedDictionary<string, long>(StringComparer.Ordinal);
        long references;

        using (var files = new DatasetFiles(options.OutputDirectory, options.ReferencesPath, options.Format, noise, rates, truth, counter))
        {
            var world = new World(
                seed, options.Scale, options.Profile, new Rng(seed), people, companies, new LawFirmBook(seed, layout), files,
                new Mentions(people, companies, noise, rates), new CaseNumbers(seed), new Serials(new Rng(seed ^ 0x5E71A15UL)), truth);
            Registry.WriteHeads(world);
            counter.Stage = "stories";
            StoryRunner.Run(world);
            SharedCompounds.Record(world);
            foreach (var writer in files.All)
            {
                rowsByFile[writer.FileName] = writer.Records;
            }

            references = files.References.Count;
        }

        TruthWriter.Write(options.TruthPath, options, truth, rowsByFile, people, companies);
        counter.Finish();
        return new GenerationSummary(
            Path.GetFullPath(options.OutputDirectory), options.TruthPath, options.ReferencesPath, rowsByFile, rowsByFile.Values.Sum(),
            references, truth.Rings.Count, truth.Traps.Count, truth.Malformed.Count, stopwatch.Elapsed);
    }
}
