using Graph.Cypher.Text;

namespace Graph.Cypher.Diagnostics;

/// <summary>The binder's messages: what the grammar accepts but openCypher's semantics reject.</summary>
public sealed partial class DiagnosticBag
{
    public void ReportUndefinedVariable(TextSpan span, string name) =>
        Report(DiagnosticCodes.UndefinedVariable, span, $"Variable '{name}' is not defined.");

    public void ReportVariableAlreadyBound(TextSpan span, string name) =>
        Report(DiagnosticCodes.VariableAlreadyBound, span, $"Variable '{name}' is already bound and cannot be introduced again here.");

    public void ReportVariableTypeConflict(TextSpan span, string name, string existing, string wanted) =>
        Report(DiagnosticCodes.VariableTypeConflict, span, $"Variable '{name}' is a {existing} and cannot be used as a {wanted}.");

    public void ReportInvalidAggregation(TextSpan span, string place) =>
        Report(DiagnosticCodes.InvalidAggregation, span, $"Aggregate functions are not allowed in {place}.");

    public void ReportNestedAggregation(TextSpan span) =>
        Report(DiagnosticCodes.NestedAggregation, span, "An aggregate function cannot be used inside another aggregate function.");

    public void ReportAmbiguousAggregation(TextSpan span, string expression) =>
        Report(DiagnosticCodes.AmbiguousAggregationExpression, span, $"'{expression}' is used beside an aggregate but is not a grouping key; project it in its own column first.");

    public void ReportNoExpressionAlias(TextSpan span) =>
        Report(DiagnosticCodes.NoExpressionAlias, span, "Expressions in WITH must be aliased (use AS).");

    public void ReportColumnNameConflict(TextSpan span, string name) =>
        Report(DiagnosticCodes.ColumnNameConflict, span, $"Column '{name}' is projected more than once.");

    public void ReportNoSingleRelationshipType(TextSpan span, string clause) =>
        Report(DiagnosticCodes.NoSingleRelationshipType, span, $"A relationship in {clause} must have exactly one type.");

    public void ReportRequiresDirectedRelationship(TextSpan span) =>
        Report(DiagnosticCodes.RequiresDirectedRelationship, span, "Only directed relationships can be created; use --> or <--.");

    public void ReportCreatingVarLength(TextSpan span, string clause) =>
        Report(DiagnosticCodes.CreatingVarLength, span, $"Variable-length relationships cannot be used in {clause}.");

    public void ReportInvalidParameterUse(TextSpan span, string clause) =>
        Report(DiagnosticCodes.InvalidParameterUse, span, $"A parameter cannot stand for the property map of a pattern in {clause}; write {{key: $param.key}}.");

    public void ReportNonConstantExpression(TextSpan span, string clause) =>
        Report(DiagnosticCodes.NonConstantExpression, span, $"{clause} needs a constant expression; it cannot refer to variables.");

    public void ReportNegativeIntegerArgument(TextSpan span, string clause) =>
        Report(DiagnosticCodes.NegativeIntegerArgument, span, $"{clause} needs a non-negative integer.");

    public void ReportInvalidArgumentType(TextSpan span, string what, string actual) =>
        Report(DiagnosticCodes.InvalidArgumentType, span, $"{what}, but this is {actual}.");

    public void ReportUnknownFunction(TextSpan span, string name) =>
        Report(DiagnosticCodes.UnknownFunction, span, $"Unknown function '{name}'.");

    public void ReportInvalidNumberOfArguments(TextSpan span, string name, string expected, int actual) =>
        Report(DiagnosticCodes.InvalidNumberOfArguments, span, $"'{name}' takes {expected} argument(s), not {actual}.");

    public void ReportInvalidDelete(TextSpan span) =>
        Report(DiagnosticCodes.InvalidDelete, span, "DELETE removes nodes, relationships and paths; use REMOVE to remove labels or properties.");

    public void ReportDifferentColumnsInUnion(TextSpan span) =>
        Report(DiagnosticCodes.DifferentColumnsInUnion, span, "All parts of a UNION must return the same column names.");

    public void ReportInvalidClauseComposition(TextSpan span, string reason) =>
        Report(DiagnosticCodes.InvalidClauseComposition, span, reason);

    public void ReportPatternAsValue(TextSpan span) =>
        Report(DiagnosticCodes.PatternAsValue, span, "A pattern can only be used as a predicate here; use a pattern comprehension [p = (a)-->(b) | p] for its paths.");

    public void ReportRelationshipUniquenessViolation(TextSpan span, string name) =>
        Report(DiagnosticCodes.RelationshipUniquenessViolation, span, $"Relationship '{name}' occurs more than once in one pattern and could never match.");

    public void ReportYieldStarInQuery(TextSpan span) =>
        Report(DiagnosticCodes.YieldStarInQuery, span, "YIELD * is only allowed in a standalone procedure call.");

    public void ReportNoVariablesInScope(TextSpan span, string clause) =>
        Report(DiagnosticCodes.NoVariablesInScope, span, $"{clause} * has no variables in scope to project.");

    public void ReportProcedureNotFound(TextSpan span, string name) =>
        Report(DiagnosticCodes.ProcedureNotFound, span, $"There is no procedure '{name}'.");

    public void ReportInvalidArgumentPassingMode(TextSpan span, string name) =>
        Report(DiagnosticCodes.InvalidArgumentPassingMode, span, $"Procedure '{name}' takes arguments; inside a query they must be passed in parentheses.");

    public void ReportMissingParameter(TextSpan span, string name) =>
        Report(DiagnosticCodes.MissingParameter, span, $"Parameter '{name}' is used but not given.");
}
