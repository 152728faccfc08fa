using Graph.Generation;
using Graph.Loading.Evaluation;
using Graph.Loading.Tests.Support;
using Xunit.Abstractions;

namespace Graph.Loading.Tests.Evaluation;

/// <summary>End-to-end: resolution on a generated dataset scored against the generator's answer key.</summary>
public sealed class GeneratedDatasetQualityTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Pairwise_precision_and_recall_meet_the_bar_on_a_small_generated_dataset()
    {
        var generated = DatasetGenerator.Generate(new GeneratorOptions { Scale = 0.1, Seed = 7, OutputDirectory = _temp.Sub("gen") });

        var quality = EntityResolutionEvaluator.EvaluateDataset(generated.OutputDirectory, generated.ReferencesPath);

        output.WriteLine($"references={quality.References} precision={quality.Precision:F4} recall={quality.Recall:F4} F1={quality.F1:F4} " +
                         $"split={quality.TrueEntitiesSplit} overmerged={quality.PredictedEntitiesOverMerged} " +
                         $"unassigned={quality.TruthWithoutAssignment} unknown={quality.AssignmentsWithoutTruth}");
        Assert.True(quality.References > 1000, "the dataset should have references to score");
        Assert.True(quality.Precision >= 0.95, $"pairwise precision {quality.Precision:F4} < 0.95");
        Assert.True(quality.Recall >= 0.9, $"pairwise recall {quality.Recall:F4} < 0.9");
    }
}
