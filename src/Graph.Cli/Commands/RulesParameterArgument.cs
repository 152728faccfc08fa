using Graph.Cli.Query;
using Graph.Cypher.Values;

namespace Graph.Cli.Commands;

/// <summary>
/// One `--param k=v` of `graph rules run`: like `graph cypher --param`, but the name may be qualified with a rule id
/// (`PL-001.max_days=10`) to change one rule only.
/// </summary>
public static class RulesParameterArgument
{
    public static KeyValuePair<string, CypherValue>? TryParse(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return null;
        }

        var name = text[..equals].Trim().TrimStart('$');
        if (name.Length == 0 || !name.All(c => char.IsLetterOrDigit(c) || c is '_' or '.' or '-'))
        {
            return null;
        }

        var value = text[(equals + 1)..];
        return new KeyValuePair<string, CypherValue>(name, LiteralParser.TryParse(value) ?? CypherValue.String(value));
    }
}
