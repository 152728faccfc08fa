using Graph.Rings.Evaluation;
using Graph.Rings.Reports;

namespace Graph.Rings.Tests.Evaluation;

public sealed class RingEvaluatorTests
{
    private static int _node;

    [Fact]
    public void A_listed_ring_holding_half_of_a_planted_ring_finds_it_and_members_are_scored_by_identity()
    {
        // Two of R00001's four members (by id, and by name when the listed member has no id) plus one stranger:
        // 2 >= 4/2 and 2 >= 3/2, so R00001 is found. The trap ring matches nothing.
        Ring found = Listed("private_lending", Member("person", "张伟", "330602198001011234"), Member("person", "李 娜", null), Member("person", "路人", "330602199901019999"));
        Ring trap = Listed("private_lending", Member("company", "某银行", "91330600MA2D000009"), Member("person", "孙八", "330602196001011234"));

        RingEvaluation e = RingEvaluator.Evaluate(Report(found, trap), TruthFileTests.Read());

        Assert.Equal(new Figures(1, 2, 2), e.Overall.RingPrecision);
        Assert.Equal(new Figures(1, 2, 2), e.Overall.RingRecall);
        Assert.Equal(new Figures(2, 5, 6), e.Overall.Members);
        FalsePositive fp = Assert.Single(e.FalsePositives);
        Assert.Equal("trap:serial_institution", fp.Source);
        Assert.Equal("R00002", Assert.Single(e.Missed).Id);
        ModelEvaluation auction = e.PerModel.Single(m => m.Model == "auction");
        Assert.Equal(0, auction.RingRecall.Recall);
        Assert.Equal(1, auction.RingPrecision.Precision);
        ModelEvaluation lending = e.PerModel.Single(m => m.Model == "private_lending");
        Assert.Equal(0.5, lending.RingPrecision.Precision);
        Assert.Equal(1, lending.RingRecall.Recall);
    }

    [Fact]
    public void A_listed_ring_diluted_below_half_finds_nothing_and_counts_as_a_fragment()
    {
        Ring diluted = Listed("auction", Member("person", "赵六", "330602197001011234"), Member("person", "甲", "1"), Member("person", "乙", "2"));

        RingEvaluation e = RingEvaluator.Evaluate(Report(diluted), TruthFileTests.Read());

        Assert.Equal(0, e.Overall.RingRecall.TruePositives);
        Assert.Equal("fragment", Assert.Single(e.FalsePositives).Source);
    }

    [Fact]
    public void Two_store_nodes_for_one_true_party_count_once()
    {
        Ring split = Listed("auction", Member("person", "赵六", "330602197001011234"), Member("person", "赵六", "330602197001011234"), Member("person", "钱七", "330602197101011234"));

        RingEvaluation e = RingEvaluator.Evaluate(Report(split), TruthFileTests.Read());

        Assert.Equal(new Figures(2, 2, 6), e.Overall.Members);
        Assert.Equal(1, e.PerModel.Single(m => m.Model == "auction").RingRecall.Recall);
    }

    [Fact]
    public void A_member_whose_id_fails_its_check_is_known_by_name_and_one_with_another_valid_id_is_not()
    {
        // 王芳's id with two digits transposed (fails the check) is her misspelt id; a valid id the truth does not know
        // belongs to someone else, whatever the name.
        Ring ring = Listed("private_lending", Member("person", "张伟", "330602198001011234"), Member("person", "王芳", "330602199010011234"), Member("person", "李娜", "330602199901019992"));

        RingEvaluation e = RingEvaluator.Evaluate(Report(ring), TruthFileTests.Read());

        Assert.Equal(new Figures(2, 3, 6), e.Overall.Members);
        Assert.Equal(1, e.PerModel.Single(m => m.Model == "private_lending").RingRecall.Recall);
    }

    [Fact]
    public void No_listed_rings_give_full_precision_and_no_recall()
    {
        RingEvaluation e = RingEvaluator.Evaluate(Report(), TruthFileTests.Read());

        Assert.Equal(1, e.Overall.RingPrecision.Precision);
        Assert.Equal(0, e.Overall.RingRecall.Recall);
        Assert.Equal(0, e.Overall.Members.F1);
    }

    private static RingMember Member(string kind, string name, string? id) => new(Interlocked.Increment(ref _node), kind, name, id, 1);

    private static Ring Listed(string model, params RingMember[] members) =>
        new($"RING-{Interlocked.Increment(ref _node)}", 0.9, [model], members, [], [], [], 0, new ScoreBreakdown(1, 1, 1, 0.9, 0));

    private static RingReport Report(params Ring[] rings) => new(1, 0.5, 0, rings.Length, rings);
}
