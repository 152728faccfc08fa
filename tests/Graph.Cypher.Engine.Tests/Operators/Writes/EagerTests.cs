using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Execution.Operators.Writes;
using Graph.Cypher.Engine.Tests.Support;
using Graph.Cypher.Engine.Transactions;
using Graph.Storage.Reading;
using static Graph.Cypher.Engine.Tests.Operators.Writes.WriteGraph;

namespace Graph.Cypher.Engine.Tests.Operators.Writes;

public sealed class EagerTests : IDisposable
{
    private readonly WriteGraph _graph = new();

    public void Dispose() => _graph.Dispose();

    [Fact]
    public void Reads_below_finish_before_writes_above_start()
    {
        TransactionOverlay overlay = _graph.Begin();

        // MATCH (n) CREATE (m:New): without Eager the scan would meet the new nodes and never end.
        var eager = new Eager(new AllNodesScan(0, "n"));
        var plan = new Create(eager, new CreatePattern([new CreateNodeItem(1, "m", false, ["New"])], []));

        Assert.Equal(["0,4", "1,5", "2,6", "3,7"], Rows(overlay, plan, 0, 1));
        Assert.Equal(8, overlay.NodeCount);
        Assert.Equal(("Eager", string.Empty), (eager.Name, eager.Details));
    }

    [Fact]
    public void An_undirected_match_then_delete_keeps_every_row()
    {
        TransactionOverlay overlay = _graph.Begin();

        // MATCH (a)-[r]-(b) DELETE r, a, b RETURN count(*): every relationship is met from both ends.
        var match = new Eager(new Expand(new AllNodesScan(0, "a"), Build.Step(0, 1, 2, Direction.Both)));
        var plan = new Delete(match, [Build.Slot(1), Build.Slot(0), Build.Slot(2)], detach: false);

        Assert.Equal(4, Rows(overlay, plan, 1).Count);
        IGraphReader stored = _graph.Commit(overlay);
        Assert.Equal(["n3"], Enumerable.Range(0, stored.NodeCount).Where(stored.NodeExists).Select(stored.NodeKey));
    }

    [Fact]
    public void Replays_whole_rows_in_order_and_starts_over_when_reopened()
    {
        // UNWIND [1, 2] AS x CALL { WITH x UNWIND [x, 10 * x] ... } through an Eager on the inner side
        var inner = new Eager(new Projection(new Argument(), new ProjectionItem(1, "y", Build.Slot(0))));
        var plan = new Apply(Build.Values(0, 1, 2), inner);

        Assert.Equal(["1,1", "2,2"], Rows(_graph.Begin(), plan, 0, 1));
    }
}
