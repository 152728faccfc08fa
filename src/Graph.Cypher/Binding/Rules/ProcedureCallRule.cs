using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Binding;

/// <summary>
/// With a procedure catalog, a called procedure must exist (ProcedureNotFound), get as many arguments as it declares
/// (InvalidNumberOfArguments) of fitting types (InvalidArgumentType), and inside a query get them in parentheses
/// (InvalidArgumentPassingMode). Runs while binding, which needs the signature for the call's columns.
/// </summary>
internal static class ProcedureCallRule
{
    public static ProcedureSignature? Resolve(
        CallClauseSyntax call, IReadOnlyList<BoundExpression>? arguments, bool isStandalone, IProcedureCatalog? procedures, DiagnosticBag diagnostics)
    {
        if (procedures is null)
        {
            return null;
        }

        if (!procedures.TryGetProcedure(call.Name, out var procedure))
        {
            diagnostics.ReportProcedureNotFound(call.NameParts[0].Span, call.Name);
            return null;
        }

        if (arguments is null)
        {
            if (!isStandalone && procedure.Parameters.Count > 0)
            {
                diagnostics.ReportInvalidArgumentPassingMode(call.Span, call.Name);
            }

            return procedure;
        }

        if (arguments.Count != procedure.Parameters.Count)
        {
            diagnostics.ReportInvalidNumberOfArguments(call.Span, call.Name, procedure.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), arguments.Count);
            return procedure;
        }

        foreach (var (argument, parameter) in arguments.Zip(procedure.Parameters).Where(pair => !Accepts(pair.Second.Type, pair.First.Type)))
        {
            diagnostics.ReportInvalidArgumentType(argument.Span, $"Argument '{parameter.Name}' of {call.Name} is {parameter.Type}", argument.Type.ToString());
        }

        return procedure;
    }

    // An integer is accepted where a float is expected, as Cypher widens it.
    private static bool Accepts(CypherType parameter, CypherType argument) =>
        argument.CouldBe(parameter) || (parameter.Kind == CypherTypeKind.Float && argument.CouldBe(CypherType.Integer));
}
