using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Execution.Operators.Writes;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Engine.Planning;

internal sealed partial class PlanBuilder
{
    /// <summary>
    /// CREATE, MERGE, SET, REMOVE, DELETE. Reads before a run of writes are made eager, so a query
    /// never sees its own writes while still reading (MATCH (n) CREATE (m) terminates), and reads
    /// after it see all of them.
    /// </summary>
    private Operator PlanUpdate(Operator op, BoundClause clause, IReadOnlyList<BoundClause> clauses, int index)
    {
        Writes = true;
        if (index > 0 && !IsUpdate(clauses[index - 1]))
        {
            op = new Eager(op);
        }

        op = clause switch
        {
            BoundCreate create => PlanCreate(op, create),
            BoundMerge merge => PlanMerge(op, merge),
            BoundSet set => new SetOperator(op, [.. set.Items.Select(SetAction)]),
            BoundRemove remove => new SetOperator(op, [.. remove.Items.Select(RemoveAction)]),
            BoundDelete delete => new Delete(op, [.. delete.Expressions.Select(Compile)], delete.IsDetach),
            _ => throw new PlanningException($"Unsupported clause {clause.GetType().Name}.", clause.Span),
        };

        // Writes finish before anything after them runs: later reads see all of them, and a
        // LIMIT after the writes limits the result, not the side effects.
        if (index + 1 < clauses.Count && !IsUpdate(clauses[index + 1]))
        {
            op = new Eager(op, drainOnOpen: true);
        }

        return op;
    }

    private static bool IsUpdate(BoundClause clause) => clause is BoundCreate or BoundMerge or BoundSet or BoundRemove or BoundDelete;

    private Operator PlanCreate(Operator op, BoundCreate create)
    {
        foreach (BoundPatternPart part in create.Pattern.Parts)
        {
            op = new Create(op, CreatePatternOf(part));
        }

        return op;
    }

    private CreatePattern CreatePatternOf(BoundPatternPart part)
    {
        var nodes = new List<CreateNodeItem>();
        var seen = new HashSet<VariableSymbol>(ReferenceEqualityComparer.Instance);
        foreach (BoundNodePattern node in part.Nodes)
        {
            if (!seen.Add(node.Variable))
            {
                continue;
            }

            bool bound = _bound.Contains(node.Variable);
            nodes.Add(new CreateNodeItem(_slots.SlotOf(node.Variable), Shown(node.Variable), bound, bound ? [] : [.. node.Labels], bound || node.Properties is null ? null : Compile(node.Properties)));
        }

        foreach (BoundNodePattern node in part.Nodes)
        {
            Bind(node.Variable);
        }

        var relationships = new List<CreateRelationshipItem>();
        var elements = new List<int> { _slots.SlotOf(part.Nodes[0].Variable) };
        for (int i = 0; i < part.Relationships.Count; i++)
        {
            BoundRelationshipPattern relationship = part.Relationships[i];
            int left = _slots.SlotOf(part.Nodes[i].Variable);
            int right = _slots.SlotOf(part.Nodes[i + 1].Variable);
            bool incoming = relationship.Direction == RelationshipDirection.Incoming;
            int slot = Bind(relationship.Variable);
            relationships.Add(new CreateRelationshipItem(slot, Shown(relationship.Variable), relationship.Types.Count > 0 ? relationship.Types[0] : string.Empty, incoming ? right : left, incoming ? left : right, relationship.Properties is null ? null : Compile(relationship.Properties)));
            elements.Add(slot);
            elements.Add(right);
        }

        CreatePathItem? path = part.PathVariable is null ? null : new CreatePathItem(Bind(part.PathVariable), part.PathVariable.Name, elements);
        return new CreatePattern([.. nodes], [.. relationships], path);
    }

    private Operator PlanMerge(Operator op, BoundMerge merge)
    {
        var before = new HashSet<VariableSymbol>(_bound, ReferenceEqualityComparer.Instance);
        Operator match = PlanMatch(new Argument(), new BoundPattern(merge.Pattern.Span, [merge.Pattern]), null);
        _bound.IntersectWith(before);
        CreatePattern create = CreatePatternOf(merge.Pattern);
        IWriteAction[] onMatch = [.. merge.OnMatch.Select(SetAction)];
        IWriteAction[] onCreate = [.. merge.OnCreate.Select(SetAction)];
        return new Merge(op, match, create, onMatch, onCreate);
    }

    private IWriteAction SetAction(BoundSetItem item) => item switch
    {
        BoundSetProperty property => new SetPropertyAction(Compile(property.Target), property.Key, Compile(property.Value)),
        BoundSetProperties properties => new SetPropertiesAction(Compile(properties.Target), Compile(properties.Value), properties.IsMerge),
        BoundSetLabels labels => new SetLabelsAction(Compile(labels.Target), [.. labels.Labels]),
        _ => throw new PlanningException($"Unsupported SET item {item.GetType().Name}.", item.Span),
    };

    private IWriteAction RemoveAction(BoundRemoveItem item) => item switch
    {
        BoundRemoveProperty property => new RemovePropertyAction(Compile(property.Target), property.Key),
        BoundRemoveLabels labels => new RemoveLabelsAction(Compile(labels.Target), [.. labels.Labels]),
        _ => throw new PlanningException($"Unsupported REMOVE item {item.GetType().Name}.", item.Span),
    };
}
