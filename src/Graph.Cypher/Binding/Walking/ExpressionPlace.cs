namespace Graph.Cypher.Binding;

/// <summary>Where in a clause an expression stands; rules differ on what each place allows.</summary>
public enum ExpressionPlace
{
    Predicate,
    ProjectionItem,
    OrderBy,
    Skip,
    Limit,
    PatternProperties,
    Unwind,
    Update,
    Delete,
    CallArgument,
}
