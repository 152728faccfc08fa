using Graph.Cypher.Syntax;

namespace Graph.Cypher.Binding;

public sealed partial class Binder
{
    private BoundCreate BindCreate(CreateClauseSyntax create) =>
        new(create.Span, BindPattern(create.Pattern, PatternMode.Create));

    private BoundMerge BindMerge(MergeClauseSyntax merge)
    {
        var previous = patternRelationships;
        patternRelationships = [];
        var part = BindPatternPart(merge.Pattern.PathVariable, merge.Pattern.Element, merge.Pattern.Span, PatternMode.Merge);
        patternRelationships = previous;
        var onCreate = merge.Actions.Where(action => action.IsOnCreate).SelectMany(action => action.Items).Select(BindSetItem).ToList();
        var onMatch = merge.Actions.Where(action => !action.IsOnCreate).SelectMany(action => action.Items).Select(BindSetItem).ToList();
        return new BoundMerge(merge.Span, part, onCreate, onMatch);
    }

    private BoundSetItem BindSetItem(SetItemSyntax item) => item switch
    {
        SetPropertySyntax property => new BoundSetProperty(
            property.Span, BindExpression(property.Target.Target), property.Target.Property.Name, BindExpression(property.Value)),
        SetVariableSyntax variable => new BoundSetProperties(
            variable.Span, BindExpression(variable.Variable), BindExpression(variable.Value), variable.IsMerge),
        SetLabelsSyntax labels => new BoundSetLabels(labels.Span, BindExpression(labels.Variable), [.. labels.Labels.Select(label => label.Name)]),
        _ => throw new InvalidOperationException($"No binding for {item.GetType().Name}."),
    };

    private BoundRemoveItem BindRemoveItem(RemoveItemSyntax item) => item switch
    {
        RemovePropertySyntax property => new BoundRemoveProperty(property.Span, BindExpression(property.Target.Target), property.Target.Property.Name),
        RemoveLabelsSyntax labels => new BoundRemoveLabels(labels.Span, BindExpression(labels.Variable), [.. labels.Labels.Select(label => label.Name)]),
        _ => throw new InvalidOperationException($"No binding for {item.GetType().Name}."),
    };
}
