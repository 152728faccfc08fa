using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Procedures;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// CALL name(args) YIELD ...: per input row, evaluates the arguments, runs the procedure and yields
/// one row per result, with each yielded output in its slot (-1: not yielded). A procedure without
/// outputs passes the input row on once.
/// </summary>
public sealed class ProcedureCall(Operator input, string procedure, ProcedureBody body, RowExpression[] arguments, int[] outputSlots) : Operator(input)
{
    private IEnumerator<CypherValue[]>? _results;

    public override string Name => "ProcedureCall";

    public override string Details => $"{procedure}({string.Join(", ", arguments.Select(a => a.ToString()))})";

    protected override void Reset(QueryContext context) => _results = null;

    protected override bool Produce(QueryContext context)
    {
        while (true)
        {
            if (_results is not null && _results.MoveNext())
            {
                CypherValue[] result = _results.Current;
                for (int i = 0; i < outputSlots.Length && i < result.Length; i++)
                {
                    if (outputSlots[i] >= 0)
                    {
                        context.Row[outputSlots[i]] = result[i];
                    }
                }

                return true;
            }

            if (!input.Next(context))
            {
                return false;
            }

            var values = new CypherValue[arguments.Length];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = arguments[i].Evaluate(context);
            }

            IEnumerable<CypherValue[]> results = body(values, context);
            if (outputSlots.Length == 0)
            {
                // A void procedure runs for its effect and keeps the row.
                foreach (CypherValue[] ignored in results)
                {
                }

                _results = null;
                return true;
            }

            _results = results.GetEnumerator();
        }
    }
}
