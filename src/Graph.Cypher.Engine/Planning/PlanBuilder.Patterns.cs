using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Execution.Predicates;
using Graph.Cypher.Engine.Execution.Traversal;
using Graph.Cypher.Syntax;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Planning;

internal sealed partial class PlanBuilder
{
    /// <summary>
    /// MATCH: the parts are joined in an order that starts from what is already bound; each part
    /// starts from its most selective node and expands outwards; WHERE conjuncts are applied as
    /// soon as their variables are bound; no relationship is used twice.
    /// </summary>
    private Operator PlanMatch(Operator op, BoundPattern pattern, BoundExpression? where)
    {
        var patternSymbols = new HashSet<VariableSymbol>(ReferenceEqualityComparer.Instance);
        foreach (BoundPatternPart part in pattern.Parts)
        {
            foreach (BoundNodePattern node in part.Nodes)
            {
                patternSymbols.Add(node.Variable);
            }

            foreach (BoundRelationshipPattern relationship in part.Relationships)
            {
                patternSymbols.Add(relationship.Variable);
            }

            if (part.PathVariable is not null)
            {
                patternSymbols.Add(part.PathVariable);
            }
        }

        patternSymbols.ExceptWith(_bound);
        IReadOnlySet<VariableSymbol> outer = _patternSymbols;
        _patternSymbols = patternSymbols;
        List<PendingPredicate> pending = Conjuncts(where, patternSymbols);
        var relationshipSlots = new List<int>();
        var remaining = pattern.Parts.ToList();
        op = PlaceReady(op, pending);
        while (remaining.Count > 0)
        {
            // Connected parts first: a part touching a bound variable expands from it instead of scanning.
            BoundPatternPart next = remaining.FirstOrDefault(part => part.Nodes.Any(node => _bound.Contains(node.Variable))) ?? remaining[0];
            remaining.Remove(next);
            op = PlanPart(op, next, pending, relationshipSlots);
        }

        if (relationshipSlots.Count > 1)
        {
            op = new Filter(op, new RelationshipsDistinct([.. relationshipSlots]));
        }

        foreach (PendingPredicate predicate in pending.Where(predicate => !predicate.Placed))
        {
            predicate.Placed = true;
            op = new Filter(op, Compile(predicate.Expression));
        }

        _patternSymbols = outer;
        return op;
    }

    private Operator PlanPart(Operator op, BoundPatternPart part, List<PendingPredicate> pending, List<int> relationshipSlots)
    {
        if (part.Selector != PathSelector.All)
        {
            return PlanShortestPath(op, part, pending);
        }

        bool hasVarLength = part.Relationships.Any(relationship => relationship.Length is not null);
        int start = ChooseStart(part, pending, hasVarLength);
        op = BindNode(op, part.Nodes[start], pending);
        var stepSlots = new int[part.Relationships.Count];
        for (int i = start; i < part.Relationships.Count; i++)
        {
            if (i + 1 < part.Relationships.Count && CanIntersect(part.Relationships[i], part.Relationships[i + 1], part.Nodes[i], part.Nodes[i + 1], part.Nodes[i + 2]))
            {
                op = Intersect(op, part.Relationships[i], part.Relationships[i + 1], part.Nodes[i], part.Nodes[i + 1], part.Nodes[i + 2], reversed: false, pending, out stepSlots[i], out stepSlots[i + 1]);
                relationshipSlots.Add(stepSlots[i]);
                relationshipSlots.Add(stepSlots[++i]);
                continue;
            }

            op = Step(op, part.Relationships[i], part.Nodes[i], part.Nodes[i + 1], reversed: false, pending, out stepSlots[i]);
            relationshipSlots.Add(stepSlots[i]);
        }

        for (int i = start - 1; i >= 0; i--)
        {
            if (i > 0 && CanIntersect(part.Relationships[i], part.Relationships[i - 1], part.Nodes[i + 1], part.Nodes[i], part.Nodes[i - 1]))
            {
                op = Intersect(op, part.Relationships[i], part.Relationships[i - 1], part.Nodes[i + 1], part.Nodes[i], part.Nodes[i - 1], reversed: true, pending, out stepSlots[i], out stepSlots[i - 1]);
                relationshipSlots.Add(stepSlots[i]);
                relationshipSlots.Add(stepSlots[--i]);
                continue;
            }

            op = Step(op, part.Relationships[i], part.Nodes[i + 1], part.Nodes[i], reversed: true, pending, out stepSlots[i]);
            relationshipSlots.Add(stepSlots[i]);
        }

        if (part.PathVariable is not null)
        {
            var path = new PathFromSlots(part.PathVariable.Name, _slots.SlotOf(part.Nodes[0].Variable), stepSlots);
            op = new Projection(op, new ProjectionItem(Bind(part.PathVariable), part.PathVariable.Name, path));
            op = PlaceReady(op, pending);
        }

        return op;
    }

    /// <summary>
    /// The node to start from: a bound one; else one an index seek finds; else the label with the
    /// fewest nodes; else the first. Var-length steps keep their list in pattern order, so a part
    /// with one starts at its left end unless another node is bound.
    /// </summary>
    private int ChooseStart(BoundPatternPart part, List<PendingPredicate> pending, bool hasVarLength)
    {
        for (int i = 0; i < part.Nodes.Count; i++)
        {
            if (_bound.Contains(part.Nodes[i].Variable))
            {
                return hasVarLength ? (_bound.Contains(part.Nodes[0].Variable) ? 0 : i) : i;
            }
        }

        if (hasVarLength)
        {
            return 0;
        }

        int best = 0;
        double bestCost = double.MaxValue;
        for (int i = 0; i < part.Nodes.Count; i++)
        {
            double cost = StartCost(part.Nodes[i], pending);
            if (cost < bestCost)
            {
                best = i;
                bestCost = cost;
            }
        }

        return best;
    }

    private double StartCost(BoundNodePattern node, List<PendingPredicate> pending)
    {
        if (FindIdSeek(node, pending) is not null)
        {
            return 0.5;
        }

        if (FindIndexSeek(node, pending) is not null)
        {
            return 1;
        }

        if (node.Labels.Count == 0)
        {
            return _statistics is null ? 1e12 : _statistics.NodeCount + 1e9;
        }

        if (_statistics is null)
        {
            return 1e6;
        }

        double fewest = double.MaxValue;
        foreach (string label in node.Labels)
        {
            int id = _statistics.LabelId(label);
            fewest = Math.Min(fewest, id < 0 ? 0 : _statistics.NodesWithLabel(id).Length);
        }

        return 2 + fewest;
    }

    private Operator BindNode(Operator op, BoundNodePattern node, List<PendingPredicate> pending)
    {
        int slot = _slots.SlotOf(node.Variable);
        var labels = node.Labels.ToList();
        if (!_bound.Contains(node.Variable))
        {
            Operator scan;
            if (FindIdSeek(node, pending) is { } ids)
            {
                scan = new NodeByIdSeek(slot, node.Variable.Name, Compile(ids));
            }
            else if (FindIndexSeek(node, pending) is { } seek)
            {
                scan = new NodeIndexSeek(slot, node.Variable.Name, seek.Label, seek.Key, Compile(seek.Value));
                labels.Remove(seek.Label);
            }
            else if (labels.Count > 0)
            {
                string label = SmallestLabel(labels);
                scan = new NodeByLabelScan(slot, node.Variable.Name, label);
                labels.Remove(label);
            }
            else
            {
                scan = new AllNodesScan(slot, node.Variable.Name);
            }

            op = op is Argument ? scan : new Apply(op, scan);
            Bind(node.Variable);
        }

        op = NodeFilters(op, node, slot, labels);
        return PlaceReady(op, pending);
    }

    /// <param name="reachedBy">The Expand that just bound the node, whose relationships may all lead to these labels.</param>
    private Operator NodeFilters(Operator op, BoundNodePattern node, int slot, List<string> labels, ExpandSpec? reachedBy = null)
    {
        if (labels.Count > 0)
        {
            op = new Filter(op, new HasLabel(new SlotReference(slot, node.Variable.Name), labels, reachedBy));
        }

        if (node.Properties is not null)
        {
            op = new Filter(op, MatchProperties(slot, node.Variable.Name, node.Properties));
        }

        if (node.Predicate is not null)
        {
            op = new Filter(op, Compile(node.Predicate));
        }

        return op;
    }

    /// <summary>A pattern's property map: a literal map is matched entry by entry, anything else as a map per row.</summary>
    private PropertiesMatch MatchProperties(int slot, string variable, BoundExpression properties)
    {
        if (properties is BoundMapLiteral map && map.Entries.Select(entry => entry.Key).Distinct(StringComparer.Ordinal).Count() == map.Entries.Count)
        {
            return new PropertiesMatch(slot, variable, [.. map.Entries.Select(entry => entry.Key)], [.. map.Entries.Select(entry => Compile(entry.Value))]);
        }

        return new PropertiesMatch(slot, variable, Compile(properties));
    }

    private string SmallestLabel(List<string> labels)
    {
        if (_statistics is null)
        {
            return labels[0];
        }

        return labels.OrderBy(label => _statistics.LabelId(label) is int id and >= 0 ? _statistics.NodesWithLabel(id).Length : 0).First();
    }

    private Operator Step(Operator op, BoundRelationshipPattern relationship, BoundNodePattern from, BoundNodePattern to, bool reversed, List<PendingPredicate> pending, out int relationshipSlot)
    {
        bool relationshipBound = _bound.Contains(relationship.Variable);
        bool into = _bound.Contains(to.Variable);
        ExpandSpec spec = StepSpec(relationship, from, to, reversed, relationshipBound);
        relationshipSlot = spec.RelationshipSlot;
        if (relationship.Length is { } length)
        {
            int maximum = length.Maximum is long max ? (int)Math.Min(max, int.MaxValue) : int.MaxValue;
            op = new VarLengthExpand(op, spec, (int)length.Minimum, maximum, into);
            if (reversed)
            {
                op = new Projection(op, new ProjectionItem(relationshipSlot, relationship.Variable.Name, new ReversedList(relationshipSlot)));
            }
        }
        else
        {
            op = into ? new ExpandInto(op, spec) : new Expand(op, spec);
        }

        if (relationshipBound)
        {
            op = new Filter(op, new SlotsEqual(relationshipSlot, _slots.SlotOf(relationship.Variable)));
            relationshipSlot = _slots.SlotOf(relationship.Variable);
        }

        op = StepFilters(op, relationship, relationshipSlot, to, into || relationship.Length is not null ? null : spec);
        return PlaceReady(op, pending);
    }

    /// <summary>
    /// (from)-[a]->(middle)-[b]->(to) with from and to bound, middle new, both steps single directed hops over new
    /// relationships: matched by <see cref="ExpandIntersect"/> rather than expanding every middle node.
    /// </summary>
    private bool CanIntersect(BoundRelationshipPattern first, BoundRelationshipPattern closing, BoundNodePattern from, BoundNodePattern middle, BoundNodePattern to) =>
        first.Length is null && closing.Length is null
        && first.Direction is RelationshipDirection.Outgoing or RelationshipDirection.Incoming
        && closing.Direction is RelationshipDirection.Outgoing or RelationshipDirection.Incoming
        && !_bound.Contains(first.Variable) && !_bound.Contains(closing.Variable) && !ReferenceEquals(first.Variable, closing.Variable)
        && _bound.Contains(from.Variable) && !_bound.Contains(middle.Variable) && _bound.Contains(to.Variable)
        && !ReferenceEquals(middle.Variable, from.Variable) && !ReferenceEquals(middle.Variable, to.Variable);

    private Operator Intersect(Operator op, BoundRelationshipPattern first, BoundRelationshipPattern closing, BoundNodePattern from, BoundNodePattern middle, BoundNodePattern to,
        bool reversed, List<PendingPredicate> pending, out int firstSlot, out int closingSlot)
    {
        ExpandSpec firstSpec = StepSpec(first, from, middle, reversed, relationshipBound: false);
        ExpandSpec closingSpec = StepSpec(closing, middle, to, reversed, relationshipBound: false);
        firstSlot = firstSpec.RelationshipSlot;
        closingSlot = closingSpec.RelationshipSlot;
        op = new ExpandIntersect(op, firstSpec, closingSpec);

        // The filters Expand and ExpandInto would each be followed by, in the same order.
        op = StepFilters(op, first, firstSlot, middle, firstSpec);
        op = StepFilters(op, closing, closingSlot, to, reachedBy: null);
        return PlaceReady(op, pending);
    }

    private ExpandSpec StepSpec(BoundRelationshipPattern relationship, BoundNodePattern from, BoundNodePattern to, bool reversed, bool relationshipBound) =>
        new(_slots.SlotOf(from.Variable), relationshipBound ? _slots.Temporary() : _slots.SlotOf(relationship.Variable), _slots.SlotOf(to.Variable),
            new RelationshipTypes([.. relationship.Types]), Direction(relationship.Direction, reversed))
        {
            FromName = Shown(from.Variable),
            RelationshipName = Shown(relationship.Variable),
            ToName = Shown(to.Variable),
        };

    /// <summary>What follows a step: the relationship's property map and predicate, then the far node's labels, map and predicate.</summary>
    private Operator StepFilters(Operator op, BoundRelationshipPattern relationship, int relationshipSlot, BoundNodePattern to, ExpandSpec? reachedBy)
    {
        Bind(relationship.Variable);
        if (relationship.Properties is not null)
        {
            op = new Filter(op, MatchProperties(relationshipSlot, relationship.Variable.Name, relationship.Properties));
        }

        if (relationship.Predicate is not null)
        {
            op = new Filter(op, Compile(relationship.Predicate));
        }

        Bind(to.Variable);
        return NodeFilters(op, to, _slots.SlotOf(to.Variable), [.. to.Labels], reachedBy);
    }

    /// <summary>How EXPLAIN names a variable: anonymous pattern elements stay anonymous.</summary>
    private static string Shown(VariableSymbol variable) => variable.IsGenerated ? string.Empty : variable.Name;

    private static Direction Direction(RelationshipDirection direction, bool reversed) => direction switch
    {
        RelationshipDirection.Outgoing => reversed ? Storage.Reading.Direction.Incoming : Storage.Reading.Direction.Outgoing,
        RelationshipDirection.Incoming => reversed ? Storage.Reading.Direction.Outgoing : Storage.Reading.Direction.Incoming,
        _ => Storage.Reading.Direction.Both,
    };

    private Operator PlanShortestPath(Operator op, BoundPatternPart part, List<PendingPredicate> pending)
    {
        BoundNodePattern from = part.Nodes[0];
        BoundNodePattern to = part.Nodes[^1];
        BoundRelationshipPattern relationship = part.Relationships[0];
        op = BindNode(op, from, pending);
        op = BindNode(op, to, pending);
        int maximum = relationship.Length?.Maximum is long max ? (int)Math.Min(max, int.MaxValue) : int.MaxValue;
        var search = new PathSearchSpec(_slots.SlotOf(from.Variable), _slots.SlotOf(to.Variable), new RelationshipTypes([.. relationship.Types]), Direction(relationship.Direction, reversed: false), maximum)
        {
            FromName = from.Variable.Name,
            ToName = to.Variable.Name,
        };
        VariableSymbol? pathVariable = part.PathVariable;
        int pathSlot = pathVariable is null ? _slots.Temporary() : Bind(pathVariable);
        string pathName = pathVariable?.Name ?? "path";
        op = new ShortestPath(op, search, pathSlot, pathName, all: part.Selector == PathSelector.AllShortestPaths);
        op = new Projection(op, new ProjectionItem(Bind(relationship.Variable), relationship.Variable.Name, new PathRelationships(pathSlot)));
        return PlaceReady(op, pending);
    }

    private readonly record struct IndexSeek(string Label, string Key, BoundExpression Value);

    /// <summary>An equality on an indexed label property whose value does not depend on this pattern.</summary>
    private IndexSeek? FindIndexSeek(BoundNodePattern node, List<PendingPredicate> pending)
    {
        if (_statistics is null || node.Labels.Count == 0)
        {
            return null;
        }

        foreach (string label in node.Labels)
        {
            int labelId = _statistics.LabelId(label);
            if (labelId < 0)
            {
                continue;
            }

            if (node.Properties is BoundMapLiteral map)
            {
                foreach (BoundMapEntry entry in map.Entries)
                {
                    if (IsIndexed(labelId, entry.Key) && IsIndependent(entry.Value))
                    {
                        return new IndexSeek(label, entry.Key, entry.Value);
                    }
                }
            }

            foreach (PendingPredicate predicate in pending)
            {
                if (!predicate.Placed && predicate.Expression is BoundBinaryExpression { Operator: Syntax.BinaryOperator.Equal } equal
                    && SeekKey(equal, node.Variable) is { } found && IsIndexed(labelId, found.Key) && IsIndependent(found.Value))
                {
                    return new IndexSeek(label, found.Key, found.Value);
                }
            }
        }

        return null;
    }

    private bool IsIndexed(int labelId, string key) => _statistics!.PropertyKeyId(key) is int keyId and >= 0 && _statistics.HasIndex(labelId, keyId);

    private static (string Key, BoundExpression Value)? SeekKey(BoundBinaryExpression equal, VariableSymbol variable)
    {
        if (equal.Left is BoundPropertyAccess { Target: BoundVariableReference left } leftAccess && ReferenceEquals(left.Symbol, variable))
        {
            return (leftAccess.Key, equal.Right);
        }

        if (equal.Right is BoundPropertyAccess { Target: BoundVariableReference right } rightAccess && ReferenceEquals(right.Symbol, variable))
        {
            return (rightAccess.Key, equal.Left);
        }

        return null;
    }

    /// <summary>A seek value must be known when the seek starts: it may read bound variables, not this pattern's.</summary>
    private bool IsIndependent(BoundExpression value) => Dependencies(value, _patternSymbols).Count == 0;

    /// <summary>WHERE id(n) = x or id(n) IN list: the ids to seek.</summary>
    private BoundExpression? FindIdSeek(BoundNodePattern node, List<PendingPredicate> pending)
    {
        foreach (PendingPredicate predicate in pending)
        {
            if (predicate.Placed || predicate.Expression is not BoundBinaryExpression { Operator: Syntax.BinaryOperator.Equal or Syntax.BinaryOperator.In } binary)
            {
                continue;
            }

            if (IsIdOf(binary.Left, node.Variable) && IsIndependent(binary.Right))
            {
                return binary.Right;
            }

            if (binary.Operator == Syntax.BinaryOperator.Equal && IsIdOf(binary.Right, node.Variable) && IsIndependent(binary.Left))
            {
                return binary.Left;
            }
        }

        return null;
    }

    private static bool IsIdOf(BoundExpression expression, VariableSymbol variable) =>
        expression is BoundFunctionCall { Arguments: [BoundVariableReference reference] } call
        && string.Equals(call.Function.Name, "id", StringComparison.OrdinalIgnoreCase)
        && ReferenceEquals(reference.Symbol, variable);
}
