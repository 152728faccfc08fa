using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Binding;

/// <summary>
/// A called function must exist in the catalog (UnknownFunction) and get an allowed number of arguments
/// (InvalidNumberOfArguments). Runs while binding, which needs the signature it resolves.
/// </summary>
internal static class FunctionCallRule
{
    public static FunctionSignature Resolve(FunctionCallSyntax call, IFunctionCatalog functions, DiagnosticBag diagnostics)
    {
        if (!functions.TryGetFunction(call.Name, out var function))
        {
            diagnostics.ReportUnknownFunction(call.NameParts[0].Span, call.Name);
            return new FunctionSignature(call.Name, 0, null, false, CypherType.Any);
        }

        if (!function.AcceptsArgumentCount(call.Arguments.Count))
        {
            diagnostics.ReportInvalidNumberOfArguments(call.Span, function.Name, function.ArityText, call.Arguments.Count);
        }

        return function;
    }
}
