using Graph.Cypher.Diagnostics;

namespace Graph.Cypher.Binding;

/// <summary>
/// When the parameters are known at bind time (<see cref="BindingOptions.Parameters"/>), every $name the query uses
/// must be given (MissingParameter), including the inputs a standalone CALL without parentheses takes from them.
/// </summary>
internal static class MissingParameterRule
{
    public static void Check(BoundQuery query, IReadOnlySet<string>? given, DiagnosticBag diagnostics)
    {
        if (given is null)
        {
            return;
        }

        var used = QueryRules.Clauses(query)
            .SelectMany(BoundTreeWalker.Expressions)
            .SelectMany(expression => BoundTreeWalker.DescendantsAndSelf(expression.Expression))
            .OfType<BoundParameter>();
        foreach (var parameter in used.Where(parameter => !given.Contains(parameter.Name)))
        {
            diagnostics.ReportMissingParameter(parameter.Span, parameter.Name);
        }

        var implicitInputs = QueryRules.Clauses(query)
            .OfType<BoundCall>()
            .Where(call => call is { IsStandalone: true, Arguments: null, Signature: not null })
            .SelectMany(call => call.Signature!.Parameters.Select(input => (call, input)));
        foreach (var (call, input) in implicitInputs.Where(pair => !given.Contains(pair.input.Name)))
        {
            diagnostics.ReportMissingParameter(call.Span, input.Name);
        }
    }
}
