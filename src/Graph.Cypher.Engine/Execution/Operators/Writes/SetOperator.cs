namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary>SET or REMOVE: applies its items in order to every row (each item sees the ones before), then passes the row on.</summary>
public sealed class SetOperator(Operator input, IWriteAction[] actions) : Operator(input)
{
    public IReadOnlyList<IWriteAction> Actions => actions;

    /// <summary>"Remove" when every item is a removal (a REMOVE clause), otherwise "Set".</summary>
    public override string Name =>
        actions.Length > 0 && Array.TrueForAll(actions, action => action is RemovePropertyAction or RemoveLabelsAction) ? "Remove" : "Set";

    public override string Details => WriteAction.Describe(actions);

    protected override void Reset(QueryContext context)
    {
    }

    protected override bool Produce(QueryContext context)
    {
        if (!input.Next(context))
        {
            return false;
        }

        WriteAction.ApplyAll(actions, context);
        return true;
    }
}
