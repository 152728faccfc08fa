using Graph.Cypher.Binding;
using Graph.Cypher.Engine;
using Graph.Cypher.Syntax;
using Graph.Cypher.Text;

namespace Graph.Rules.Checking;

/// <summary>
/// "Rules are source code": parses and binds each rule with the engine's front end and reports, at file positions,
/// syntax and semantic errors (CYPnnn), writes, labels/types/properties not in the graph model, a wrong RETURN shape,
/// explain placeholders the facts do not provide, undeclared or unused parameters, and queries the planner refuses.
/// </summary>
public static class RuleChecker
{
    /// <summary>The catalog's header errors and every rule's query errors, in file order.</summary>
    public static IReadOnlyList<RuleError> Check(RuleCatalog catalog) =>
        catalog.Errors.Concat(catalog.Rules.SelectMany(Check))
            .OrderBy(error => error.FilePath, StringComparer.Ordinal)
            .ThenBy(error => error.Line)
            .ThenBy(error => error.Column)
            .ToList();

    public static IReadOnlyList<RuleError> Check(RuleDefinition rule)
    {
        var tree = SyntaxTree.Parse(rule.Query, rule.FilePath);
        var bound = Binder.Bind(tree, BindingOptions.Default);
        var errors = tree.Diagnostics.Concat(bound.Diagnostics)
            .Where(diagnostic => diagnostic.IsError)
            .Distinct()
            .Select(diagnostic => At(rule, diagnostic.Line, diagnostic.Column, diagnostic.Code, diagnostic.Message))
            .ToList();
        if (errors.Count > 0)
        {
            // The bound tree of a query with errors is incomplete; further checks would only add noise.
            return errors;
        }

        var findings = new List<QueryFinding>();
        findings.AddRange(ReadOnlyFindings(bound));
        findings.AddRange(VocabularyChecker.Check(bound, tree.Text));
        findings.AddRange(ResultShapeChecker.Check(bound, rule.ExplainTemplate, out var missing));
        findings.AddRange(ParameterFindings(rule, bound));
        errors.AddRange(findings.Select(finding => At(rule, tree.Text, finding)));

        var explainLine = rule.FieldLines.GetValueOrDefault("explain", 1);
        var explainColumn = rule.FieldColumns.GetValueOrDefault("explain", 1);
        errors.AddRange(missing.Select(placeholder => new RuleError(rule.FilePath, explainLine, explainColumn + placeholder.Offset, RuleErrorCodes.UnknownPlaceholder,
            $"explain placeholder {{{placeholder.Name}}} is not a key of the facts map the query returns.")));

        errors.AddRange(rule.Parameters.Where(parameter => !bound.Parameters.Contains(parameter.Name)).Select(parameter =>
            new RuleError(rule.FilePath, parameter.Line, 1, RuleErrorCodes.UnusedParameter, $"parameter '{parameter.Name}' is declared but the query never reads ${parameter.Name}.")));

        if (errors.Count == 0)
        {
            var prepared = new CypherEngine(EmptyGraphReader.Instance).Prepare(rule.Query);
            if (prepared.Error is { } refused)
            {
                errors.Add(At(rule, Math.Max(1, refused.Line), Math.Max(1, refused.Column), RuleErrorCodes.NotPlannable, $"the engine cannot plan this query: {refused.Code}: {refused.Message}"));
            }
        }

        return errors.OrderBy(error => error.Line).ThenBy(error => error.Column).ToList();
    }

    private static IEnumerable<QueryFinding> ReadOnlyFindings(BoundQuery bound) =>
        QueryPatterns.AllSingleQueries(bound)
            .SelectMany(single => single.Clauses)
            .Where(clause => clause is BoundCreate or BoundMerge or BoundSet or BoundRemove or BoundDelete or BoundCall)
            .Select(clause => new QueryFinding(clause.Span.Start, RuleErrorCodes.NotReadOnly, "rules only read: no CREATE, MERGE, SET, REMOVE, DELETE or CALL (and Neo4j must run them as they are)."));

    private static IEnumerable<QueryFinding> ParameterFindings(RuleDefinition rule, BoundQuery bound)
    {
        var declared = rule.Parameters.Select(parameter => parameter.Name).ToHashSet(StringComparer.Ordinal);
        return QueryPatterns.AllExpressions(bound)
            .OfType<BoundParameter>()
            .Where(parameter => !declared.Contains(parameter.Name))
            .DistinctBy(parameter => parameter.Name)
            .Select(parameter => new QueryFinding(parameter.Span.Start, RuleErrorCodes.UndeclaredParameter,
                $"${parameter.Name} is not declared in the header; add `// param: {parameter.Name} = <default> -- <what it means>`."));
    }

    /// <summary>A query position (1-based line and column of the query text) as a file position.</summary>
    private static RuleError At(RuleDefinition rule, int line, int column, string code, string message) =>
        new(rule.FilePath, rule.QueryLine + line - 1, column, code, message);

    private static RuleError At(RuleDefinition rule, SourceText text, QueryFinding finding)
    {
        var offset = Math.Clamp(finding.Offset, 0, Math.Max(0, text.Length - 1));
        var location = new TextLocation(text, new TextSpan(offset, 0));
        return At(rule, location.Line, location.Column, finding.Code, finding.Message);
    }
}
