using Graph.Cypher.Values;

namespace Graph.Cli.Query;

/// <summary>One <c>--param k=v</c>: the value is a Cypher literal when it reads as one, else the text itself, so
/// <c>--param name=张三</c> works without shell-quoting a Cypher string.</summary>
public sealed record ParameterArgument(string Name, CypherValue Value)
{
    /// <summary>The parameter, or null when the text has no <c>name=</c> part.</summary>
    public static ParameterArgument? TryParse(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return null;
        }

        var name = text[..equals].Trim().TrimStart('$');
        if (name.Length == 0 || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
        {
            return null;
        }

        var value = text[(equals + 1)..];
        return new ParameterArgument(name, LiteralParser.TryParse(value) ?? CypherValue.String(value));
    }
}
