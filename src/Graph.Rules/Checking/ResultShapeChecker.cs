using Graph.Cypher.Binding;
using Graph.Rules.Parsing;

namespace Graph.Rules.Checking;

/// <summary>
/// Checks that a rule returns hits in the one shape the runner reads — entities (list), records (list), weight
/// (number), facts (map), in that order — and, when facts is a map literal (directly or through a WITH), that every
/// {placeholder} of the explain template is one of its keys.
/// </summary>
public static class ResultShapeChecker
{
    public static readonly IReadOnlyList<string> Columns = ["entities", "records", "weight", "facts"];

    /// <summary>Findings in the query (offsets), and the explain placeholders that the facts do not provide.</summary>
    public static IReadOnlyList<QueryFinding> Check(BoundQuery query, string explainTemplate, out IReadOnlyList<TemplatePlaceholder> missingPlaceholders)
    {
        var findings = new List<QueryFinding>();
        var missing = new List<TemplatePlaceholder>();
        var placeholders = ExplainTemplate.Placeholders(explainTemplate, out _);
        foreach (var single in QueryPatterns.ResultQueries(query.Body))
        {
            if (single.Clauses.Count == 0 || single.Clauses[^1] is not BoundReturn returned)
            {
                findings.Add(new QueryFinding(single.Span.Start, RuleErrorCodes.BadColumns, $"a rule ends with RETURN {string.Join(", ", Columns.Select(c => $"... AS {c}"))}."));
                continue;
            }

            var items = returned.Projection.Items;
            if (!items.Select(item => item.Name).SequenceEqual(Columns, StringComparer.Ordinal))
            {
                findings.Add(new QueryFinding(returned.Span.Start, RuleErrorCodes.BadColumns,
                    $"a rule returns exactly the columns {string.Join(", ", Columns)} (in this order), not {string.Join(", ", items.Select(item => item.Name))}."));
                continue;
            }

            CheckType(items[0], CypherType.AnyList, "a list of Person/Company nodes", findings);
            CheckType(items[1], CypherType.AnyList, "a list of record nodes", findings);
            CheckType(items[2], CypherType.Number, "a number", findings);
            CheckType(items[3], CypherType.Map, "a map", findings);
            if (FactKeys(single, items[3]) is { } keys)
            {
                missing.AddRange(placeholders.Where(placeholder => !keys.Contains(placeholder.Name)));
            }
        }

        missingPlaceholders = missing.DistinctBy(placeholder => placeholder.Offset).ToList();
        return findings;
    }

    private static void CheckType(BoundProjectionItem item, CypherType expected, string what, List<QueryFinding> findings)
    {
        if (!item.Expression.Type.CouldBe(expected))
        {
            findings.Add(new QueryFinding(item.Span.Start, RuleErrorCodes.BadColumns, $"'{item.Name}' must be {what}, not {item.Expression.Type.Kind}."));
        }
    }

    /// <summary>The keys of the facts map when it is a literal here or in the WITH that defines the variable it names; null when unknown.</summary>
    private static HashSet<string>? FactKeys(BoundSingleQuery single, BoundProjectionItem facts)
    {
        var expression = facts.Expression;
        for (var clause = single.Clauses.Count - 2; clause >= 0 && expression is BoundVariableReference reference; clause--)
        {
            if (single.Clauses[clause] is BoundWith with && with.Projection.Items.FirstOrDefault(item => ReferenceEquals(item.Column, reference.Symbol)) is { } source)
            {
                expression = source.Expression;
            }
        }

        return expression is BoundMapLiteral map ? map.Entries.Select(entry => entry.Key).ToHashSet(StringComparer.Ordinal) : null;
    }
}
