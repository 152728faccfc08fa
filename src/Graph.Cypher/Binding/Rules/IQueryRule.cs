using Graph.Cypher.Diagnostics;

namespace Graph.Cypher.Binding;

/// <summary>One semantic rule checked over a finished bound tree; it reports through the bag and never throws.</summary>
internal interface IQueryRule
{
    void Check(BoundQuery query, DiagnosticBag diagnostics);
}
