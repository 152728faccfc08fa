using Graph.Cypher.Binding;
using Graph.Cypher.Text;
using Graph.Rules.Model;

namespace Graph.Rules.Checking;

/// <summary>
/// Checks the labels, relationship types and property keys a query uses against <see cref="GraphModelVocabulary"/>.
/// A property is checked against the labels (types) its variable is matched with anywhere in the query; when the
/// query says none, the key must exist on some label (type) of the model. Properties of maps and of values whose type
/// the binder does not know are not checked: they are not graph properties.
/// </summary>
public sealed class VocabularyChecker
{
    private readonly SourceText _text;
    private readonly Dictionary<VariableSymbol, HashSet<string>> _labels = [];
    private readonly Dictionary<VariableSymbol, HashSet<string>> _types = [];
    private readonly List<QueryFinding> _findings = [];

    private VocabularyChecker(SourceText text) => _text = text;

    public static IReadOnlyList<QueryFinding> Check(BoundQuery query, SourceText text)
    {
        var checker = new VocabularyChecker(text);
        var parts = QueryPatterns.AllParts(query).ToList();
        foreach (var part in parts)
        {
            checker.Collect(part);
        }

        foreach (var clause in QueryPatterns.AllSingleQueries(query).SelectMany(single => single.Clauses))
        {
            checker.CarryThrough(clause);
        }

        foreach (var part in parts)
        {
            checker.CheckPatternProperties(part);
        }

        foreach (var expression in QueryPatterns.AllExpressions(query))
        {
            checker.CheckExpression(expression);
        }

        return checker._findings.DistinctBy(finding => (finding.Offset, finding.Code, finding.Message)).OrderBy(finding => finding.Offset).ToList();
    }

    private void Collect(BoundPatternPart part)
    {
        foreach (var node in part.Nodes)
        {
            foreach (var label in node.Labels)
            {
                if (!GraphModelVocabulary.Labels.Contains(label))
                {
                    Report(Find(node.Span, ":" + label, 1), RuleErrorCodes.UnknownLabel, $"label '{label}' is not in the graph model (docs/graph-model.md){Suggest(label, GraphModelVocabulary.Labels)}");
                }

                Add(_labels, node.Variable, label);
            }
        }

        foreach (var relationship in part.Relationships)
        {
            foreach (var type in relationship.Types)
            {
                if (!GraphModelVocabulary.RelationshipTypes.Contains(type))
                {
                    Report(Find(relationship.Span, type, 0), RuleErrorCodes.UnknownRelationshipType, $"relationship type '{type}' is not in the graph model (docs/graph-model.md){Suggest(type, GraphModelVocabulary.RelationshipTypes)}");
                }

                Add(_types, relationship.Variable, type);
            }
        }
    }

    /// <summary>`WITH p` makes a new symbol for the same node: it keeps the labels (types) the old one was matched with.</summary>
    private void CarryThrough(BoundClause clause)
    {
        var items = clause switch
        {
            BoundWith with => with.Projection.Items,
            BoundReturn returned => returned.Projection.Items,
            _ => [],
        };
        foreach (var item in items)
        {
            if (item.Expression is not BoundVariableReference reference)
            {
                continue;
            }

            foreach (var map in new[] { _labels, _types })
            {
                if (map.TryGetValue(reference.Symbol, out var names))
                {
                    foreach (var name in names)
                    {
                        Add(map, item.Column, name);
                    }
                }
            }
        }
    }

    private void CheckPatternProperties(BoundPatternPart part)
    {
        foreach (var node in part.Nodes)
        {
            if (node.Properties is BoundMapLiteral map)
            {
                foreach (var entry in map.Entries)
                {
                    CheckNodeKey(node.Variable, entry.Key, entry.Span.Start);
                }
            }
        }

        foreach (var relationship in part.Relationships)
        {
            if (relationship.Properties is BoundMapLiteral map)
            {
                foreach (var entry in map.Entries)
                {
                    CheckRelationshipKey(relationship.Variable, entry.Key, entry.Span.Start);
                }
            }
        }
    }

    private void CheckExpression(BoundExpression expression)
    {
        switch (expression)
        {
            case BoundPropertyAccess access:
                var keyOffset = Math.Max(access.Span.Start, access.Span.End - access.Key.Length);
                var symbol = (access.Target as BoundVariableReference)?.Symbol;
                if (access.Target.Type.Kind == CypherTypeKind.Node)
                {
                    CheckNodeKey(symbol, access.Key, keyOffset);
                }
                else if (access.Target.Type.Kind == CypherTypeKind.Relationship)
                {
                    CheckRelationshipKey(symbol, access.Key, keyOffset);
                }

                break;
            case BoundLabelPredicate predicate:
                var isRelationship = predicate.Target.Type.Kind == CypherTypeKind.Relationship;
                var known = isRelationship ? GraphModelVocabulary.RelationshipTypes : GraphModelVocabulary.Labels;
                foreach (var label in predicate.Labels.Where(label => !known.Contains(label)))
                {
                    var code = isRelationship ? RuleErrorCodes.UnknownRelationshipType : RuleErrorCodes.UnknownLabel;
                    Report(Find(predicate.Span, ":" + label, 1), code, $"{(isRelationship ? "relationship type" : "label")} '{label}' is not in the graph model (docs/graph-model.md){Suggest(label, known)}");
                }

                break;
        }
    }

    private void CheckNodeKey(VariableSymbol? variable, string key, int offset)
    {
        var labels = variable is not null && _labels.TryGetValue(variable, out var known) ? known : null;
        var allowed = (labels is null ? null : GraphModelVocabulary.PropertiesOf(labels)) ?? GraphModelVocabulary.AnyNodeProperty;
        if (!allowed.Contains(key))
        {
            var where = labels is { Count: > 0 } ? $"on :{string.Join(":", labels)}" : "on any label";
            Report(offset, RuleErrorCodes.UnknownProperty, $"property '{key}' is not {where} of the graph model (docs/graph-model.md){Suggest(key, allowed)}");
        }
    }

    private void CheckRelationshipKey(VariableSymbol? variable, string key, int offset)
    {
        // Unknown types are reported on their own; their properties would only repeat the error.
        var types = variable is not null && _types.TryGetValue(variable, out var known) ? known.Where(GraphModelVocabulary.RelationshipProperties.ContainsKey).ToHashSet(StringComparer.Ordinal) : null;
        IReadOnlySet<string> allowed = types is { Count: > 0 }
            ? types.SelectMany(type => GraphModelVocabulary.RelationshipProperties[type]).ToHashSet(StringComparer.Ordinal)
            : GraphModelVocabulary.AnyRelationshipProperty;
        if (!allowed.Contains(key))
        {
            var where = types is { Count: > 0 } ? $"on :{string.Join("|", types)}" : "on any relationship type";
            Report(offset, RuleErrorCodes.UnknownProperty, $"property '{key}' is not {where} of the graph model (docs/graph-model.md){Suggest(key, allowed)}");
        }
    }

    private static void Add(Dictionary<VariableSymbol, HashSet<string>> map, VariableSymbol variable, string name)
    {
        if (!map.TryGetValue(variable, out var names))
        {
            names = new HashSet<string>(StringComparer.Ordinal);
            map[variable] = names;
        }

        names.Add(name);
    }

    /// <summary>The offset of <paramref name="needle"/> inside the span (plus <paramref name="skip"/>), else the span's start.</summary>
    private int Find(TextSpan span, string needle, int skip)
    {
        var end = Math.Min(span.End, _text.Length);
        var text = _text.ToString(TextSpan.FromBounds(span.Start, end));
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        return index < 0 ? span.Start : span.Start + index + skip;
    }

    private void Report(int offset, string code, string message) => _findings.Add(new QueryFinding(offset, code, message));

    /// <summary>"; did you mean 'x'?" for a near miss (case or a couple of letters), else nothing.</summary>
    private static string Suggest(string name, IEnumerable<string> known)
    {
        var best = known
            .Select(candidate => (Candidate: candidate, Distance: EditDistance(name.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .OrderBy(pair => pair.Distance)
            .ThenBy(pair => pair.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Candidate is not null && best.Distance <= Math.Max(1, name.Length / 4) ? $"; did you mean '{best.Candidate}'?" : "";
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
