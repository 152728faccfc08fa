using Graph.Cypher.Syntax;
using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

public sealed partial class Binder
{
    // imported: the variables a subquery sees from its enclosing query; null at the top.
    private BoundQueryPart BindQuery(QuerySyntax query, Scope? imported)
    {
        var outer = scope;
        BoundQueryPart result = BindSingleQuery(query.First, imported);
        foreach (var union in query.Unions)
        {
            var right = BindSingleQuery(union.Query, imported);
            var span = TextSpan.FromBounds(result.Span.Start, right.Span.End);
            result = new BoundUnion(span, result.Columns, result, right, union.IsAll);
        }

        scope = outer;
        return result;
    }

    private BoundSingleQuery BindSingleQuery(SingleQuerySyntax query, Scope? imported)
    {
        var previousImport = importedScope;
        importedScope = imported;
        scope = new Scope(importedScope);
        var clauses = new List<BoundClause>();
        IReadOnlyList<string> columns = [];
        foreach (var clause in query.Clauses)
        {
            var bound = BindClause(clause, isStandalone: query.Clauses.Count == 1);
            clauses.Add(bound);
            columns = bound switch
            {
                BoundReturn returned => [.. returned.Projection.Items.Select(item => item.Name)],
                BoundCall { IsStandalone: true } call => StandaloneCallColumns(call),
                _ => columns,
            };
        }

        importedScope = previousImport;
        return new BoundSingleQuery(query.Span, columns, clauses);
    }

    private BoundClause BindClause(ClauseSyntax clause, bool isStandalone) => clause switch
    {
        MatchClauseSyntax match => BindMatch(match),
        UnwindClauseSyntax unwind => BindUnwind(unwind),
        WithClauseSyntax with => BindWith(with),
        ReturnClauseSyntax returned => BindReturn(returned),
        CreateClauseSyntax create => BindCreate(create),
        MergeClauseSyntax merge => BindMerge(merge),
        SetClauseSyntax set => new BoundSet(set.Span, [.. set.Items.Select(BindSetItem)]),
        RemoveClauseSyntax remove => new BoundRemove(remove.Span, [.. remove.Items.Select(BindRemoveItem)]),
        DeleteClauseSyntax delete => new BoundDelete(delete.Span, [.. delete.Expressions.Select(BindExpression)], delete.IsDetach),
        CallClauseSyntax call => BindCall(call, isStandalone),
        _ => throw new InvalidOperationException($"No binding for {clause.GetType().Name}."),
    };

    // A standalone CALL returns what it yields, or all its outputs when it yields nothing in particular.
    private static IReadOnlyList<string> StandaloneCallColumns(BoundCall call) =>
        call.Yields.Count > 0 ? [.. call.Yields.Select(item => item.Variable.Name)]
        : call.Signature is null ? [] : [.. call.Signature.Outputs.Select(output => output.Name)];
}
