using Graph.Cypher.Binding;

namespace Graph.Cypher.Engine.Planning;

/// <summary>
/// One conjunct of a WHERE waiting for the pattern variables it reads to be bound, so that it is
/// applied as early as possible (predicate pushdown).
/// </summary>
internal sealed class PendingPredicate(BoundExpression expression, IReadOnlySet<VariableSymbol> dependencies)
{
    public BoundExpression Expression { get; } = expression;

    public IReadOnlySet<VariableSymbol> Dependencies { get; } = dependencies;

    public bool Placed { get; set; }
}
