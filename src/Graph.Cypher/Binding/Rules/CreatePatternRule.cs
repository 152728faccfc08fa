using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Binding;

/// <summary>
/// What CREATE can make: relationships with exactly one type (NoSingleRelationshipType), a direction
/// (RequiresDirectedRelationship) and one hop (CreatingVarLength); it cannot create again what is bound already,
/// nor give a bound node new labels or properties (VariableAlreadyBound).
/// </summary>
internal sealed class CreatePatternRule : IQueryRule
{
    public void Check(BoundQuery query, DiagnosticBag diagnostics)
    {
        foreach (var part in QueryRules.Clauses(query).OfType<BoundCreate>().SelectMany(create => create.Pattern.Parts))
        {
            CheckBoundNodes(part, diagnostics);
            foreach (var relationship in part.Relationships)
            {
                CheckRelationship(relationship, "CREATE", diagnostics);
                if (relationship.Direction is RelationshipDirection.Undirected or RelationshipDirection.Both)
                {
                    diagnostics.ReportRequiresDirectedRelationship(relationship.Span);
                }
            }
        }
    }

    /// <summary>Shared with MERGE: a bound node may only be reused as it is, and not stand alone.</summary>
    public static void CheckBoundNodes(BoundPatternPart part, DiagnosticBag diagnostics)
    {
        foreach (var node in part.Nodes.Where(node => !node.IsNew))
        {
            if (node.Labels.Count > 0 || node.Properties is not null || part.Nodes.Count == 1)
            {
                diagnostics.ReportVariableAlreadyBound(node.Span, node.Variable.Name);
            }
        }
    }

    /// <summary>Shared with MERGE: not bound before (the primary error: a bound relationship has no type to check), one type, one hop.</summary>
    public static void CheckRelationship(BoundRelationshipPattern relationship, string clause, DiagnosticBag diagnostics)
    {
        if (!relationship.IsNew)
        {
            diagnostics.ReportVariableAlreadyBound(relationship.Span, relationship.Variable.Name);
            return;
        }

        if (relationship.Types.Count != 1)
        {
            diagnostics.ReportNoSingleRelationshipType(relationship.Span, clause);
        }

        if (relationship.Length is not null)
        {
            diagnostics.ReportCreatingVarLength(relationship.Span, clause);
        }
    }
}
