using Graph.Generation;
using Graph.Loading.Loading;
using Graph.Rings.Evaluation;
using Graph.Rings.Reports;
using Graph.Rings.Tests.Support;
using Graph.Rules;
using Graph.Rules.Running;
using Graph.Storage;

namespace Graph.Rings.Tests.EndToEnd;

/// <summary>
/// The whole chain on a small generated dataset: generate, load, run the repository's rules, detect rings,
/// score them against the generator's truth. The floor is well below the targets (measured at scale 10):
/// at this scale a model has four or five planted rings, so one miss moves a figure by a fifth.
/// </summary>
public sealed class GeneratedDatasetTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Rings_are_found_in_generated_data_with_decent_precision_and_recall()
    {
        var options = new GeneratorOptions { Scale = 0.3, Seed = 5, OutputDirectory = _folder["data"] };
        DatasetGenerator.Generate(options);
        using var store = GraphStore.Open(_folder["store"], new StoreOptions { Fsync = false });
        new DatasetLoader(store).Load(options.OutputDirectory);
        var reader = store.Snapshot;
        var catalog = RuleCatalog.Load(RulesFolder());
        Assert.NotEmpty(catalog.Rules);

        var run = new RuleRunner(reader).Run(catalog.Rules, RuleRunOptions.Default);
        RingReport report = RingDetector.Detect([.. run.Hits], reader, null, catalog.Rules.ToDictionary(r => r.Id, r => r.Signals));
        RingEvaluation evaluation = RingEvaluator.Evaluate(report, TruthFile.Read(options.TruthPath));

        Assert.Empty(run.Failures);
        Assert.True(evaluation.Overall.RingPrecision.Precision >= 0.7, $"ring precision {evaluation.Overall.RingPrecision.Precision}");
        Assert.True(evaluation.Overall.RingRecall.Recall >= 0.6, $"ring recall {evaluation.Overall.RingRecall.Recall}");
        Assert.True(evaluation.Overall.Members.F1 >= 0.6, $"member F1 {evaluation.Overall.Members.F1}");
        Assert.All(report.Rings, r => Assert.NotEmpty(r.Evidence));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>cypher/rules of the repository this test was built from: the first ancestor folder holding Graph.sln.</summary>
    private static string RulesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return Path.Combine(dir.FullName, "cypher", "rules");
            }
        }

        throw new DirectoryNotFoundException("no Graph.sln above the test's folder, so no cypher/rules to run.");
    }
}
