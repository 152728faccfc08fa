using Graph.Generation;
using Graph.Loading.Evaluation;
using Graph.Loading.Loading;
using Graph.Loading.Resolution;
using Graph.Loading.Tests.Support;

namespace Graph.Loading.Tests.Resolution;

/// <summary>Shuffling the rows of every file must not move any reference that had evidence to another entity.</summary>
public sealed class GeneratedDatasetOrderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Shuffled_rows_resolve_to_the_same_entities()
    {
        var generated = DatasetGenerator.Generate(new GeneratorOptions { Scale = 0.05, Seed = 11, OutputDirectory = _temp.Sub("gen"), Format = OutputFormat.Ndjson });
        var lineMap = RowShuffler.ShuffleInto(generated.OutputDirectory, _temp.Sub("shuffled"), seed: 5);

        var original = new AssignmentList();
        DatasetLoader.ResolveOnly(generated.OutputDirectory, original);
        var shuffled = new AssignmentList();
        DatasetLoader.ResolveOnly(_temp.Sub("shuffled"), shuffled);

        // A reference with only a name is keyed by where it stands, so only evidence-backed ones must agree.
        var expected = original.Items.Where(a => a.Matched != MatchReason.New)
            .ToDictionary(a => new ReferenceId(a.File, a.Line, a.Prefix), a => a.EntityKey);
        var compared = 0;
        foreach (var a in shuffled.Items.Where(a => a.Matched != MatchReason.New))
        {
            var before = new ReferenceId(a.File, lineMap[(a.File, a.Line)], a.Prefix);
            Assert.Equal(expected[before], a.EntityKey);
            compared++;
        }

        Assert.Equal(expected.Count, compared);
        Assert.True(compared > 1000, $"only {compared} references compared");
    }

    private sealed class AssignmentList : IResolutionSink
    {
        public List<ResolutionAssignment> Items { get; } = [];

        public void Assign(ResolutionAssignment assignment) => Items.Add(assignment);
    }
}
