using Graph.Cypher.Engine.Execution.Expressions;

namespace Graph.Cypher.Engine.Execution.Aggregation;

/// <summary>
/// An aggregate as a fold over one value slot per group, so grouping stores no object per group
/// (collect is the exception: its state is the list). Nulls are skipped before <see cref="Step"/>.
/// </summary>
public abstract class AggregateFunction(RowExpression? argument, bool distinct)
{
    /// <summary>The argument, or null for count(*).</summary>
    public RowExpression? Argument { get; } = argument;

    public bool IsDistinct { get; } = distinct;

    public abstract string Name { get; }

    public virtual SlotValue Initial => SlotValue.Null;

    public abstract SlotValue Step(SlotValue state, SlotValue value);

    public virtual SlotValue Finish(SlotValue state, long count) => state;

    public override string ToString() =>
        $"{Name}({(IsDistinct ? "DISTINCT " : string.Empty)}{(Argument is null ? "*" : Argument.ToString())})";
}
