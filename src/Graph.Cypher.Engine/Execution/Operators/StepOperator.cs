using Graph.Cypher.Engine.Execution.Traversal;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// What the one-step expansions (<see cref="Expand"/>, <see cref="ExpandInto"/>, <see cref="OptionalExpand"/>) share:
/// the step's relationship types resolved once per run, and a cursor over the relationships of the node bound in the
/// step's from slot.
/// </summary>
public abstract class StepOperator : Operator
{
    private readonly NeighbourCursor _cursor = new();
    private int[] _types = [];

    protected StepOperator(Operator input, ExpandSpec step)
        : base(input)
    {
        Input = input;
        Step = step;
    }

    public ExpandSpec Step { get; }

    public override string Details => Step.ToString();

    protected Operator Input { get; }

    private protected NeighbourCursor Cursor => _cursor;

    /// <summary>The step's relationship type tokens in this run ([-1]: every type).</summary>
    private protected int[] Types => _types;

    protected sealed override void Reset(QueryContext context)
    {
        _types = Step.Types.Resolve(context.Reader);
        ResetStep();
    }

    /// <summary>Clears the operator's own per-run state.</summary>
    protected abstract void ResetStep();

    /// <summary>Loads the relationships of the node in the from slot; false (and nothing loaded) when that slot is null.</summary>
    protected bool LoadFrom(QueryContext context)
    {
        CypherValue from = context.Row[Step.FromSlot];
        if (from.IsNull)
        {
            return false;
        }

        _cursor.Load(context.Reader, from.AsNodeId, _types, Step.Direction);
        return true;
    }

    /// <summary>Writes the relationship into its slot, when the step keeps it.</summary>
    protected void BindRelationship(CypherValue[] row, CypherValue relationship)
    {
        if (Step.RelationshipSlot >= 0)
        {
            row[Step.RelationshipSlot] = relationship;
        }
    }
}
