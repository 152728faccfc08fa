using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Binding;

/// <summary>
/// The result of binding: the bound tree a planner walks, the parameters it expects, and every diagnostic of parsing
/// and binding in source order. The tree is complete even when there are errors, but should then not be planned.
/// </summary>
public sealed record BoundQuery(
    QueryPrefix Prefix,
    BoundQueryPart Body,
    IReadOnlyList<string> Parameters,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public IReadOnlyList<string> Columns => Body.Columns;

    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);
}
