namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary>Applying and printing a list of <see cref="IWriteAction"/>s, shared by SET / REMOVE and MERGE.</summary>
internal static class WriteAction
{
    public static void ApplyAll(IWriteAction[] actions, QueryContext context)
    {
        for (int i = 0; i < actions.Length; i++)
        {
            actions[i].Apply(context);
        }
    }

    public static string Describe(IWriteAction[] actions) => string.Join(", ", (IEnumerable<IWriteAction>)actions);
}
