using Graph.Cypher.Values;
using Graph.Cypher.Values.Elements;
using Graph.Cypher.Values.Formatting;

namespace Graph.Cli.Query;

/// <summary>Values as text: the Cypher literal form for tables, and the plain form (no quotes, empty null) for CSV cells.</summary>
public static class ValueText
{
    /// <summary><c>'张三'</c>, <c>[1, 2]</c>, <c>(:Person {name: '张三'})</c>: what a Cypher user would type, so strings stay told apart from numbers.</summary>
    public static string Readable(CypherValue value, IGraphValueContext graph) => CypherLiteralFormatter.Format(value, graph);

    /// <summary>Scalars as their string form (<c>张三</c>, <c>2015-07-21</c>), null as nothing, anything structured in literal form.</summary>
    public static string Plain(CypherValue value, IGraphValueContext graph) =>
        value.IsNull ? string.Empty : CypherStringConversion.TryConvert(value) ?? Readable(value, graph);
}
