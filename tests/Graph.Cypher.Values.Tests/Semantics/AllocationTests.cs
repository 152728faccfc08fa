using Graph.Cypher.Values.Arithmetic;
using Graph.Cypher.Values.Semantics;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Values.Tests.Semantics;

/// <summary>Scalars travel in the struct payload, so hot per-row operations on them must not allocate.</summary>
public class AllocationTests
{
    [Fact]
    public void Scalar_operators_do_not_allocate()
    {
        var date = CypherValue.Date(CypherDate.Of(2024, 5, 17));
        var later = CypherValue.Date(CypherDate.Of(2024, 5, 18));
        var time = CypherValue.Time(new CypherTime(3_600_000_000_000, 3600));
        Run(date, later, time);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Run(date, later, time);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void Run(CypherValue date, CypherValue later, CypherValue time)
    {
        var total = CypherValue.Integer(0);
        for (var i = 0; i < 1000; i++)
        {
            total = CypherArithmetic.Add(total, CypherValue.Integer(i));
            _ = CypherArithmetic.Multiply(CypherValue.Float(i), CypherValue.Integer(2));
            _ = CypherComparison.LessThan(date, later);
            _ = CypherEquality.EqualsOperator(CypherValue.Integer(i), CypherValue.Float(i));
            _ = CypherOrder.Instance.Compare(time, time);
            _ = CypherLogic.And(CypherValue.True, CypherValue.Null);
            _ = CypherValue.Node(i).GetHashCode();
        }
    }
}
