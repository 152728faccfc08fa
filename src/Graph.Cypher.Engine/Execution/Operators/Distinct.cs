using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution.Rows;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>Passes the first row of each distinct combination of the key slots; streams, keeping only the keys seen.</summary>
public sealed class Distinct(Operator input, params int[] keySlots) : Operator(input)
{
    private readonly KeyTable _seen = new(keySlots.Length);
    private readonly CypherValue[] _key = new CypherValue[keySlots.Length];

    public override string Name => "Distinct";

    public override string Details => "slots " + string.Join(", ", keySlots);

    protected override void Reset(QueryContext context) => _seen.Clear();

    protected override bool Produce(QueryContext context)
    {
        while (input.Next(context))
        {
            for (int i = 0; i < keySlots.Length; i++)
            {
                _key[i] = context.Row[keySlots[i]];
            }

            _seen.FindOrAdd(_key, out bool added);
            if (added)
            {
                return true;
            }
        }

        return false;
    }
}
