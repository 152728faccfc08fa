using Graph.Cypher.Syntax;

namespace Graph.Cypher.Binding;

public sealed partial class Binder
{
    private BoundListLiteral BindList(ListLiteralSyntax list)
    {
        var items = list.Items.Select(BindExpression).ToList();
        var element = items.Count == 0 ? CypherType.Any : items.Select(item => item.Type).Aggregate(CypherType.Null, (joined, next) => joined.Join(next));
        return new BoundListLiteral(list.Span, CypherType.ListOf(element), items);
    }

    private BoundMapLiteral BindMap(MapLiteralSyntax map) =>
        new(map.Span, CypherType.Map, [.. map.Entries.Select(entry => new BoundMapEntry(entry.Span, entry.Key.Name, BindExpression(entry.Value)))]);

    private BoundMapProjection BindMapProjection(MapProjectionSyntax projection)
    {
        var subject = BindVariable(projection.Subject);
        var includesAll = false;
        var entries = new List<BoundMapEntry>();
        foreach (var item in projection.Items)
        {
            switch (item)
            {
                case AllPropertiesSelectorSyntax:
                    includesAll = true;
                    break;
                case PropertySelectorSyntax property:
                    var type = subject.Type.IsGraphElement ? CypherType.Property : CypherType.Any;
                    entries.Add(new BoundMapEntry(item.Span, property.Property.Name, new BoundPropertyAccess(item.Span, type, subject, property.Property.Name)));
                    break;
                case ProjectionEntrySyntax entry:
                    entries.Add(new BoundMapEntry(item.Span, entry.Key.Name, BindExpression(entry.Value)));
                    break;
                case VariableSelectorSyntax variable:
                    entries.Add(new BoundMapEntry(item.Span, variable.Variable.Name, BindVariable(variable.Variable)));
                    break;
            }
        }

        return new BoundMapProjection(projection.Span, CypherType.Map, subject, includesAll, entries);
    }

    private BoundIndex BindIndex(IndexExpressionSyntax index)
    {
        var target = BindExpression(index.Target);
        var type = target.Type.IsList ? target.Type.Element! : CypherType.Any;
        return new BoundIndex(index.Span, type, target, BindExpression(index.Index));
    }

    private BoundSlice BindSlice(SliceExpressionSyntax slice)
    {
        var target = BindExpression(slice.Target);
        var from = slice.From is null ? null : BindExpression(slice.From);
        var to = slice.To is null ? null : BindExpression(slice.To);
        return new BoundSlice(slice.Span, target.Type.IsList ? target.Type : CypherType.Any, target, from, to);
    }
}
