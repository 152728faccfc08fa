using Graph.Loading.Evaluation;
using Graph.Loading.Resolution;

namespace Graph.Loading.Tests.Evaluation;

public sealed class EntityResolutionEvaluatorTests
{
    [Fact]
    public void Pairwise_scores_come_from_the_contingency_table()
    {
        // Truth: A = {1,2,3}, B = {4,5}. Predicted: x = {1,2}, y = {3,4,5}.
        var truth = new[] { (1, "A"), (2, "A"), (3, "A"), (4, "B"), (5, "B") }
            .Select(t => KeyValuePair.Create(new ReferenceId("f.csv", t.Item1, "p_"), t.Item2));
        var evaluator = new EntityResolutionEvaluator(truth);
        foreach (var (line, entity) in new[] { (1, "x"), (2, "x"), (3, "y"), (4, "y"), (5, "y"), (9, "z") })
        {
            evaluator.Assign(new ResolutionAssignment("f.csv", line, "p_", entity, MatchReason.Id));
        }

        var quality = evaluator.Result();

        // True pairs: 3 + 1 = 4; predicted pairs: 1 + 3 = 4; correct: (1,2) and (4,5) = 2.
        Assert.Equal((5L, 4L, 4L, 2L), (quality.References, quality.TruePairs, quality.PredictedPairs, quality.CorrectPairs));
        Assert.Equal(0.5, quality.Precision);
        Assert.Equal(0.5, quality.Recall);
        Assert.Equal((1L, 1L), (quality.TrueEntitiesSplit, quality.PredictedEntitiesOverMerged));
        Assert.Equal(1, quality.AssignmentsWithoutTruth);
    }

    [Fact]
    public void The_references_file_is_read_with_its_header()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "file,line,prefix,entity\ncase_parties.csv,2,party_,P17\ncompanies.csv,3,,C4\n");

            var rows = ReferencesFile.Read(path).ToList();

            Assert.Equal(new ReferenceId("companies.csv", 3, ""), rows[1].Key);
            Assert.Equal("P17", rows[0].Value);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
