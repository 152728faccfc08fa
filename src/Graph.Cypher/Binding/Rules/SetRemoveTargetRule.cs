using Graph.Cypher.Diagnostics;

namespace Graph.Cypher.Binding;

/// <summary>
/// SET and REMOVE change stored elements: properties belong to nodes and relationships, labels to nodes, and
/// SET n = value takes a map (or an element to copy from). A target or value known to be something else is
/// InvalidArgumentType.
/// </summary>
internal sealed class SetRemoveTargetRule : IQueryRule
{
    private static readonly CypherType[] Elements = [CypherType.Node, CypherType.Relationship];

    public void Check(BoundQuery query, DiagnosticBag diagnostics)
    {
        var items = QueryRules.Clauses(query).SelectMany(clause => clause switch
        {
            BoundSet set => set.Items.Cast<BoundNode>(),
            BoundMerge merge => merge.OnCreate.Concat(merge.OnMatch),
            BoundRemove remove => remove.Items,
            _ => [],
        });
        foreach (var item in items)
        {
            switch (item)
            {
                case BoundSetProperty property:
                    Expect(property.Target, Elements, "Properties can be set on nodes and relationships", diagnostics);
                    break;
                case BoundSetProperties properties:
                    Expect(properties.Target, Elements, "Properties can be set on nodes and relationships", diagnostics);
                    Expect(properties.Value, [CypherType.Map], "SET = and += take a map", diagnostics);
                    break;
                case BoundSetLabels labels:
                    Expect(labels.Target, [CypherType.Node], "Labels can be set on nodes only", diagnostics);
                    break;
                case BoundRemoveProperty property:
                    Expect(property.Target, Elements, "Properties can be removed from nodes and relationships", diagnostics);
                    break;
                case BoundRemoveLabels labels:
                    Expect(labels.Target, [CypherType.Node], "Labels can be removed from nodes only", diagnostics);
                    break;
            }
        }
    }

    private static void Expect(BoundExpression expression, CypherType[] allowed, string what, DiagnosticBag diagnostics)
    {
        if (!expression.Type.CouldBeAnyOf(allowed))
        {
            diagnostics.ReportInvalidArgumentType(expression.Span, what, $"a value of type {expression.Type}");
        }
    }
}
