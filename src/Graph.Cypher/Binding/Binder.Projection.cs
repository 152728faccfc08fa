using Graph.Cypher.Syntax;

namespace Graph.Cypher.Binding;

public sealed partial class Binder
{
    private BoundWith BindWith(WithClauseSyntax with)
    {
        var projection = BindProjection(with.Projection, "WITH", with.Where, out var predicate);
        return new BoundWith(with.Span, projection, predicate);
    }

    private BoundReturn BindReturn(ReturnClauseSyntax returned) =>
        new(returned.Span, BindProjection(returned.Projection, "RETURN", where: null, out _));

    /// <summary>
    /// Binds the items in the incoming scope, then ORDER BY, WHERE, SKIP and LIMIT in a scope where the new columns
    /// hide the incoming variables (which rules restrict further after DISTINCT or aggregation), and leaves the scope
    /// holding only the columns.
    /// </summary>
    private BoundProjection BindProjection(ProjectionBodySyntax body, string clause, ExpressionSyntax? where, out BoundExpression? predicate)
    {
        var incoming = scope;
        var items = new List<BoundProjectionItem>();
        if (body.IncludesExisting)
        {
            items.AddRange(ExpandStar(body, clause));
        }

        items.AddRange(body.Items.Select(BindProjectionItem));
        ProjectionAliasRule.Check(body, items, clause, diagnostics);

        var orderScope = new Scope(incoming);
        var columns = new Scope(importedScope);
        foreach (var item in items)
        {
            orderScope.Declare(item.Column);
            columns.Declare(item.Column);
        }

        scope = orderScope;
        var orderBy = body.OrderBy
            .Select(sort => new BoundSortItem(sort.Span, ProjectedExpressionSubstitution.Apply(BindExpression(sort.Expression), items), sort.IsDescending))
            .ToList();
        predicate = where is null ? null : ProjectedExpressionSubstitution.Apply(BindExpression(where), items);
        var skip = body.Skip is null ? null : BindExpression(body.Skip);
        var limit = body.Limit is null ? null : BindExpression(body.Limit);
        scope = columns;
        return new BoundProjection(body.Span, body.IsDistinct, items, orderBy, skip, limit);
    }

    // * projects every user variable in scope, ordered by name as Neo4j does.
    private IEnumerable<BoundProjectionItem> ExpandStar(ProjectionBodySyntax body, string clause)
    {
        var visible = new List<VariableSymbol>();
        for (var current = scope; current is not null && current != importedScope; current = current.Parent)
        {
            visible.AddRange(current.Symbols.Where(symbol => !visible.Any(seen => seen.Name == symbol.Name)));
        }

        // WITH * may carry nothing on (MATCH () CREATE () WITH * ...); RETURN * must return something.
        if (visible.Count == 0 && body.Items.Count == 0 && clause == "RETURN")
        {
            diagnostics.ReportNoVariablesInScope(body.Span, clause);
        }

        return visible
            .OrderBy(symbol => symbol.Name, StringComparer.Ordinal)
            .Select(symbol => new BoundProjectionItem(
                body.Span,
                new BoundVariableReference(body.Span, symbol.Type, symbol),
                new VariableSymbol(symbol.Name, symbol.Kind, symbol.Type, body.Span),
                IsAggregating: false));
    }

    private BoundProjectionItem BindProjectionItem(ProjectionItemSyntax item)
    {
        var expression = BindExpression(item.Expression);
        var name = item.Alias?.Name ?? (item.Expression is VariableSyntax variable ? variable.Name : SourceOf(item.Expression));
        var column = expression is BoundVariableReference reference
            ? new VariableSymbol(name, reference.Symbol.Kind, reference.Symbol.Type, item.Span)
            : new VariableSymbol(name, SymbolKind.Value, expression.Type, item.Span);
        return new BoundProjectionItem(item.Span, expression, column, BoundTreeWalker.ContainsAggregate(expression));
    }
}
