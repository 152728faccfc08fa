using System.Collections.Concurrent;
using Graph.Cypher.Binding;
using Graph.Cypher.Diagnostics;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Planning;
using Graph.Cypher.Engine.Procedures;
using Graph.Cypher.Syntax;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine;

/// <summary>
/// A query parsed, checked and planned once. Operator trees keep per-run state, so each concurrent
/// execution rents its own copy of the plan; copies are pooled and made on demand.
/// </summary>
public sealed class PreparedQuery
{
    private readonly ConcurrentBag<PhysicalPlan> _plans = [];
    private readonly Func<PhysicalPlan>? _planner;

    private PreparedQuery(string text, IReadOnlyList<string> columns, QueryError? error, Func<PhysicalPlan>? planner, IReadOnlySet<string> parameters, bool writes)
    {
        Text = text;
        Columns = columns;
        Error = error;
        _planner = planner;
        Parameters = parameters;
        Writes = writes;
    }

    public string Text { get; }

    public IReadOnlyList<string> Columns { get; }

    /// <summary>The first compile-time error (syntax, semantic, planning), or null when the query is runnable.</summary>
    public QueryError? Error { get; }

    /// <summary>Every compile-time diagnostic, for tools that show them all (the CLI, rule checks).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; private init; } = [];

    /// <summary>The $names the query reads.</summary>
    public IReadOnlySet<string> Parameters { get; }

    public bool Writes { get; }

    /// <summary>The mode the text asks for with an EXPLAIN or PROFILE prefix; Run when it has none.</summary>
    public ExecutionMode RequestedMode { get; private init; } = ExecutionMode.Run;

    /// <summary>
    /// The planner's rough measure of the work a run does: the estimated rows of every operator, added up (0 when the
    /// query does not compile). Only for comparing queries with each other, e.g. to start the costliest first.
    /// </summary>
    public double EstimatedWork { get; private init; }

    internal static PreparedQuery Compile(string text, ProcedureRegistry procedures, Graph.Storage.Reading.IGraphReader? statistics)
    {
        SyntaxTree tree = SyntaxTree.Parse(text);
        BoundQuery bound = Binder.Bind(tree, new BindingOptions { Procedures = procedures });
        var diagnostics = tree.Diagnostics.Concat(bound.Diagnostics).Where(d => d.IsError).Distinct().ToList();
        var columns = bound.Columns;
        if (diagnostics.Count > 0)
        {
            return new PreparedQuery(text, columns, FromDiagnostic(diagnostics[0]), null, new HashSet<string>(), false) { Diagnostics = diagnostics };
        }

        var parameters = UsedParameters(bound);
        PhysicalPlan first;
        try
        {
            first = QueryPlanner.Plan(bound, procedures, statistics);
        }
        catch (PlanningException error)
        {
            return new PreparedQuery(text, columns, error.ToError(tree.Text), null, parameters, false);
        }

        var prepared = new PreparedQuery(text, columns, null, () => QueryPlanner.Plan(bound, procedures, statistics), parameters, first.Writes)
        {
            EstimatedWork = PlanWork.Of(first.Root),
            RequestedMode = tree.Root.Prefix switch
            {
                QueryPrefix.Explain => ExecutionMode.Explain,
                QueryPrefix.Profile => ExecutionMode.Profile,
                _ => ExecutionMode.Run,
            },
        };
        prepared._plans.Add(first);
        return prepared;
    }

    internal PhysicalPlan RentPlan() => _plans.TryTake(out PhysicalPlan? plan) ? plan : _planner!();

    internal void ReturnPlan(PhysicalPlan plan) => _plans.Add(plan);

    internal QueryError? MissingParameter(IReadOnlyDictionary<string, CypherValue>? given)
    {
        foreach (string name in Parameters)
        {
            if (given is null || !given.ContainsKey(name))
            {
                return new QueryError(DiagnosticCodes.MissingParameter, $"Expected a parameter named ${name}.")
                {
                    ErrorClass = "ParameterMissing",
                    Detail = "MissingParameter",
                    IsCompileTime = true,
                };
            }
        }

        return null;
    }

    /// <summary>The $names the query reads, including the inputs a standalone CALL without parentheses takes from them.</summary>
    private static HashSet<string> UsedParameters(BoundQuery bound)
    {
        var clauses = BoundTreeWalker.SingleQueries(bound.Body).SelectMany(query => query.Clauses).ToList();
        var names = clauses
            .SelectMany(BoundTreeWalker.Expressions)
            .SelectMany(expression => BoundTreeWalker.DescendantsAndSelf(expression.Expression))
            .OfType<BoundParameter>()
            .Select(parameter => parameter.Name)
            .ToHashSet(StringComparer.Ordinal);
        foreach (BoundCall call in clauses.OfType<BoundCall>().Where(call => call is { IsStandalone: true, Arguments: null, Signature: not null }))
        {
            names.UnionWith(call.Signature!.Parameters.Select(parameter => parameter.Name));
        }

        return names;
    }

    private static QueryError FromDiagnostic(Diagnostic diagnostic) => new(diagnostic.Code, diagnostic.Message)
    {
        ErrorClass = diagnostic.TckErrorClass,
        Detail = diagnostic.TckDetail,
        IsCompileTime = true,
        Line = diagnostic.Line,
        Column = diagnostic.Column,
        Caret = DiagnosticFormatter.Format(diagnostic),
    };
}
