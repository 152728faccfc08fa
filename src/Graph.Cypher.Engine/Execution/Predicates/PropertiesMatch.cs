using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Semantics;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution.Predicates;

/// <summary>
/// A pattern's property map on a bound element: (n {k: v}) holds when every entry equals the element's property.
/// A literal map is kept as its entries, so no map is built per row and its keys resolve to tokens once per reader;
/// any other map expression ($props) is evaluated per row and its keys go through a per-reader token cache.
/// </summary>
public sealed class PropertiesMatch : RowExpression
{
    private readonly int _slot;
    private readonly string _variable;
    private readonly RowExpression? _map;
    private readonly string[] _keys;
    private readonly RowExpression[] _values;
    private readonly CypherValue[] _evaluated;
    private readonly int[] _keyIds;
    private readonly Dictionary<string, int> _tokens = new(StringComparer.Ordinal);
    private IGraphReader? _resolvedFor;
    private bool _anyUnknown;

    /// <summary>Any map expression, evaluated per row.</summary>
    public PropertiesMatch(int slot, string variable, RowExpression properties)
        : this(slot, variable, properties, [], [])
    {
    }

    /// <summary>A literal map's entries; the keys must be distinct.</summary>
    public PropertiesMatch(int slot, string variable, string[] keys, RowExpression[] values)
        : this(slot, variable, null, keys, values)
    {
    }

    private PropertiesMatch(int slot, string variable, RowExpression? map, string[] keys, RowExpression[] values)
    {
        _slot = slot;
        _variable = variable;
        _map = map;
        _keys = keys;
        _values = values;
        _evaluated = new CypherValue[values.Length];
        _keyIds = new int[keys.Length];
    }

    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue element = context.Row[_slot];
        if (_map is not null)
        {
            return MatchesMap(context, element, _map.Evaluate(context));
        }

        // Every value is evaluated before any is compared, as when the map is built first.
        for (int i = 0; i < _values.Length; i++)
        {
            _evaluated[i] = _values[i].Evaluate(context);
        }

        Resolve(context);
        for (int i = 0; i < _keys.Length; i++)
        {
            if (CypherEquality.AreEqual(Property(context, element, _keyIds[i]), _evaluated[i]) != true)
            {
                return CypherValue.False;
            }
        }

        return CypherValue.True;
    }

    public override string ToString()
    {
        if (_map is not null)
        {
            return $"{_variable} {_map}";
        }

        var parts = new string[_keys.Length];
        for (int i = 0; i < _keys.Length; i++)
        {
            parts[i] = $"{_keys[i]}: {_values[i]}";
        }

        return $"{_variable} {{{string.Join(", ", parts)}}}";
    }

    private CypherValue MatchesMap(QueryContext context, CypherValue element, CypherValue map)
    {
        if (map.Kind != CypherValueKind.Map)
        {
            return CypherValue.False;
        }

        if (!ReferenceEquals(_resolvedFor, context.Reader) || context.Writer is not null)
        {
            // A write overlay can learn keys mid-query, so its tokens are looked up afresh.
            _tokens.Clear();
            _resolvedFor = context.Reader;
        }

        foreach (var entry in map.AsMap)
        {
            if (!_tokens.TryGetValue(entry.Key, out int keyId))
            {
                keyId = context.Reader.PropertyKeyId(entry.Key);
                _tokens[entry.Key] = keyId;
            }

            if (CypherEquality.AreEqual(Property(context, element, keyId), entry.Value) != true)
            {
                return CypherValue.False;
            }
        }

        return CypherValue.True;
    }

    private void Resolve(QueryContext context)
    {
        // As for property access: an unknown key is only final on a read-only snapshot.
        if (ReferenceEquals(_resolvedFor, context.Reader) && !(_anyUnknown && context.Writer is not null))
        {
            return;
        }

        _anyUnknown = false;
        for (int i = 0; i < _keys.Length; i++)
        {
            _keyIds[i] = context.Reader.PropertyKeyId(_keys[i]);
            _anyUnknown |= _keyIds[i] < 0;
        }

        _resolvedFor = context.Reader;
    }

    private static CypherValue Property(QueryContext context, CypherValue element, int keyId)
    {
        if (keyId < 0)
        {
            return CypherValue.Null;
        }

        return element.Kind switch
        {
            CypherValueKind.Node => StoredValues.ToCypher(context.Reader.NodeProperty(element.AsNodeId, keyId)),
            CypherValueKind.Relationship => StoredValues.ToCypher(context.Reader.RelationshipProperty(element.AsRelationshipId, keyId)),
            _ => CypherValue.Null,
        };
    }
}
