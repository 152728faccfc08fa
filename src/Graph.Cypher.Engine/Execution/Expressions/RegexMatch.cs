using System.Text.RegularExpressions;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// text =~ pattern: the whole string must match (Java's String.matches); null unless both are strings.
/// The library's CypherStringPredicates.Matches builds the anchored pattern text on every call; here the
/// compiled regex is kept for as long as the pattern stays the same (almost always a constant), so a
/// match per row neither allocates nor re-parses.
/// </summary>
public sealed class RegexMatch(RowExpression text, RowExpression pattern) : RowExpression
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(5);

    private string? _pattern;
    private Regex? _regex;

    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue value = text.Evaluate(context);
        CypherValue expression = pattern.Evaluate(context);
        if (value.Kind != CypherValueKind.String || expression.Kind != CypherValueKind.String)
        {
            return CypherValue.Null;
        }

        return CypherValue.Boolean(RegexFor(expression.AsString).IsMatch(value.AsString));
    }

    public override string ToString() => $"{text} =~ {pattern}";

    private Regex RegexFor(string source)
    {
        if (_regex is not null && string.Equals(_pattern, source, StringComparison.Ordinal))
        {
            return _regex;
        }

        try
        {
            // \z rather than $: $ would also accept a trailing newline the pattern did not match.
            _regex = new Regex($"^(?:{source})\\z", RegexOptions.CultureInvariant, MatchTimeout);
            _pattern = source;
            return _regex;
        }
        catch (ArgumentException)
        {
            throw new CypherRuntimeException(CypherError.InvalidArgumentValue($"Invalid regular expression: '{source}'"));
        }
    }
}
