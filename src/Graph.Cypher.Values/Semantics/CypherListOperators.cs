using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Semantics;

/// <summary>IN, list[index], list[from..to] and map[key], with Cypher's null and negative-index rules.</summary>
public static class CypherListOperators
{
    /// <summary>true if an element equals the value; otherwise null if some comparison was unknown, else false.</summary>
    public static CypherValue In(CypherValue value, CypherValue list)
    {
        if (list.IsNull)
        {
            return CypherValue.Null;
        }

        if (list.Kind != CypherValueKind.List)
        {
            throw Fail.Type($"IN expects a list, not a {list.TypeName}");
        }

        var unknown = false;
        foreach (var item in list.AsList)
        {
            var equal = CypherEquality.AreEqual(value, item);
            if (equal == true)
            {
                return CypherValue.True;
            }

            unknown |= equal is null;
        }

        return unknown ? CypherValue.Null : CypherValue.False;
    }

    public static CypherValue Index(CypherValue container, CypherValue index)
    {
        if (container.IsNull || index.IsNull)
        {
            return CypherValue.Null;
        }

        switch (container.Kind)
        {
            case CypherValueKind.List when index.Kind == CypherValueKind.Integer:
                var list = container.AsList;
                var position = index.AsInteger < 0 ? list.Count + index.AsInteger : index.AsInteger;
                return position >= 0 && position < list.Count ? list[(int)position] : CypherValue.Null;
            case CypherValueKind.Map when index.Kind == CypherValueKind.String:
                return container.AsMap[index.AsString];
            case CypherValueKind.Map:
                throw new CypherRuntimeException(new CypherError(CypherErrorClass.TypeError, CypherErrorDetail.MapElementAccessByNonString, "Map keys must be strings"));
            case CypherValueKind.List:
                throw Fail.Type($"List index must be an integer, not a {index.TypeName}");
            default:
                throw Fail.Type($"Cannot index into a {container.TypeName}");
        }
    }

    /// <summary>list[from..to]: bounds may be negative (from the end) or null (open); out-of-range bounds clamp.</summary>
    public static CypherValue Slice(CypherValue container, CypherValue? from, CypherValue? to)
    {
        if (container.IsNull || from is { IsNull: true } || to is { IsNull: true })
        {
            return CypherValue.Null;
        }

        var list = container.Kind == CypherValueKind.List ? container.AsList : throw Fail.Type($"Cannot slice a {container.TypeName}");
        var start = Clamp(from, 0, list);
        var end = Clamp(to, list.Count, list);
        return CypherValue.List(end > start ? list.Slice(start, end - start) : CypherList.Empty);
    }

    private static int Clamp(CypherValue? bound, int missing, CypherList list)
    {
        if (bound is null)
        {
            return missing;
        }

        var value = bound.Value.Kind == CypherValueKind.Integer ? bound.Value.AsInteger : throw Fail.Type("Slice bounds must be integers");
        var position = value < 0 ? list.Count + value : value;
        return (int)Math.Clamp(position, 0, list.Count);
    }
}
