using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// OPTIONAL MATCH: reruns the right side per left row and yields its rows; when it finds none, the
/// left row once with the optional variables set to null.
/// </summary>
public sealed class OptionalApply(Operator left, Operator right, params int[] optionalSlots) : Operator(left, right)
{
    private bool _rightOpen;
    private bool _matched;

    public override string Name => "OptionalApply";

    protected override void Reset(QueryContext context) => _rightOpen = false;

    protected override bool Produce(QueryContext context)
    {
        while (true)
        {
            if (_rightOpen)
            {
                if (right.Next(context))
                {
                    _matched = true;
                    return true;
                }

                _rightOpen = false;
                if (!_matched)
                {
                    for (int i = 0; i < optionalSlots.Length; i++)
                    {
                        context.Row[optionalSlots[i]] = CypherValue.Null;
                    }

                    return true;
                }
            }

            if (!left.Next(context))
            {
                return false;
            }

            right.Open(context);
            _rightOpen = true;
            _matched = false;
        }
    }
}
