using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// The variables a pattern expression's sub-plan starts from. A pattern anchored on a variable that is null in this
/// row (from OPTIONAL MATCH) matches nothing, so its expression answers without running the plan.
/// </summary>
internal static class PatternAnchors
{
    public static bool AnyNull(CypherValue[] row, int[] anchorSlots)
    {
        foreach (int slot in anchorSlots)
        {
            if (row[slot].IsNull)
            {
                return true;
            }
        }

        return false;
    }
}
