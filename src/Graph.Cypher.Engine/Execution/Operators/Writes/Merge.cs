using Graph.Cypher.Engine.Execution.Rows;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary>
/// MERGE: for each input row, runs <paramref name="match"/> (reopened per row, typically with an
/// <see cref="Argument"/> leaf, so it sees the row's bound variables and everything written so
/// far, including what earlier rows merged). Every match gets the ON MATCH items and is yielded;
/// when nothing matched, the pattern is created, gets the ON CREATE items and is yielded once.
/// </summary>
public sealed class Merge(Operator input, Operator match, CreatePattern create, IWriteAction[] onMatch, IWriteAction[] onCreate) : Operator(input, match)
{
    private RowBuffer? _matches;
    private CypherValue[] _inputRow = [];
    private int _next;

    public CreatePattern Pattern => create;

    public override string Name => "Merge";

    public override string Details =>
        create
        + (onMatch.Length > 0 ? " ON MATCH SET " + WriteAction.Describe(onMatch) : string.Empty)
        + (onCreate.Length > 0 ? " ON CREATE SET " + WriteAction.Describe(onCreate) : string.Empty);

    protected override void Reset(QueryContext context)
    {
        if (_matches is null || _matches.Width != context.Row.Length)
        {
            _matches = new RowBuffer(context.Row.Length);
            _inputRow = new CypherValue[context.Row.Length];
        }

        _matches.Clear();
        _next = 0;
    }

    protected override bool Produce(QueryContext context)
    {
        RowBuffer matches = _matches!;
        if (_next < matches.Count)
        {
            return Matched(context, matches);
        }

        if (!input.Next(context))
        {
            return false;
        }

        // All matches are found before ON MATCH writes anything, so the writes cannot disturb the
        // match still running (a label scan while ON MATCH removes that label, for instance).
        matches.Clear();
        _next = 0;
        context.Row.CopyTo(_inputRow, 0);
        match.Open(context);
        while (match.Next(context))
        {
            matches.Append(context.Row);
        }

        if (matches.Count > 0)
        {
            return Matched(context, matches);
        }

        // The failed match may have left partial bindings behind; create from the input row as it came.
        _inputRow.CopyTo(context.Row, 0);
        create.Apply(context, merging: true);
        WriteAction.ApplyAll(onCreate, context);
        return true;
    }

    protected override void Release() => _matches?.Clear();

    private bool Matched(QueryContext context, RowBuffer matches)
    {
        matches.Row(_next++).CopyTo(context.Row);
        WriteAction.ApplyAll(onMatch, context);
        return true;
    }
}
