namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary>
/// One SET or REMOVE item, applied to the current row. SET, REMOVE and MERGE's ON MATCH / ON CREATE
/// share these, so each rule (null target skipped, null value removes, invalid values rejected) lives once.
/// <see cref="object.ToString"/> is the item as EXPLAIN shows it.
/// </summary>
public interface IWriteAction
{
    void Apply(QueryContext context);
}
