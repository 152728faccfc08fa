using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Execution.Traversal;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Tests.Support;

/// <summary>Terse constructors for operator trees in tests.</summary>
internal static class Build
{
    public static Operator Nodes(int slot, params int[] ids) =>
        new Unwind(new Argument(), new Literal(CypherValue.List(ids.Select(CypherValue.Node).ToArray())), slot, "n");

    public static Operator Values(int slot, params long[] values) =>
        new Unwind(new Argument(), new Literal(CypherValue.List(values.Select(CypherValue.Integer).ToArray())), slot, "x");

    public static ExpandSpec Step(int from, int relationship, int to, Direction direction, params string[] types) =>
        new(from, relationship, to, new RelationshipTypes(types), direction);

    public static RowExpression Slot(int slot) => new SlotReference(slot, "s" + slot);

    public static RowExpression Constant(long value) => new Literal(CypherValue.Integer(value));

    public static RowExpression Property(int slot, string key) => new PropertyAccess(Slot(slot), key);
}
