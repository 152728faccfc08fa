using System.Globalization;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Functions;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Values.Tests.Support;

/// <summary>
/// Evaluates "[WITH e AS v, …]* RETURN e [AS n], …" over literals, variables, function calls,
/// property access and operators, so TCK rows can be run verbatim against the value library.
/// </summary>
internal sealed partial class MiniQuery
{
    private readonly List<MiniToken> _tokens;
    private readonly Dictionary<string, CypherValue> _variables = new(StringComparer.Ordinal);
    private readonly FunctionContext _context;
    private int _position;

    private MiniQuery(string text, FunctionContext context)
    {
        _tokens = MiniLexer.Tokenize(text);
        _context = context;
    }

    public static IReadOnlyList<CypherValue> Run(string text, FunctionContext? context = null) =>
        new MiniQuery(text, context ?? FunctionContext.Create()).RunClauses();

    public static CypherValue Evaluate(string expression, FunctionContext? context = null) => Run("RETURN " + expression)[0];

    private IReadOnlyList<CypherValue> RunClauses()
    {
        while (IsKeyword("WITH"))
        {
            _position++;
            var bound = new List<(string, CypherValue)>();
            do
            {
                var value = Expression();
                ExpectKeyword("AS");
                bound.Add((Next().Text, value));
            }
            while (Accept(","));

            foreach (var (name, value) in bound)
            {
                _variables[name] = value;
            }
        }

        ExpectKeyword("RETURN");
        var results = new List<CypherValue>();
        do
        {
            results.Add(Expression());
            if (IsKeyword("AS"))
            {
                _position += 2;
            }
        }
        while (Accept(","));

        return results;
    }

    private CypherValue Primary()
    {
        var token = Next();
        switch (token.Kind)
        {
            case MiniTokenKind.Integer:
                return CypherValue.Integer(long.Parse(token.Text, CultureInfo.InvariantCulture));
            case MiniTokenKind.Float:
                return CypherValue.Float(double.Parse(token.Text, CultureInfo.InvariantCulture));
            case MiniTokenKind.String:
                return CypherValue.String(token.Text);
            case MiniTokenKind.Identifier:
                return Name(token.Text);
        }

        return token.Text switch
        {
            "(" => Parenthesised(),
            "[" => ListLiteral(),
            "{" => MapLiteral(),
            _ => throw new FormatException($"Unexpected '{token.Text}'"),
        };
    }

    private CypherValue Name(string first)
    {
        switch (first.ToLowerInvariant())
        {
            case "null": return CypherValue.Null;
            case "true": return CypherValue.True;
            case "false": return CypherValue.False;
        }

        var name = first;
        var mark = _position;
        while (Accept(".") && Peek.Kind == MiniTokenKind.Identifier)
        {
            name += "." + Next().Text;
        }

        if (Accept("("))
        {
            var arguments = new List<CypherValue>();
            while (!Accept(")"))
            {
                arguments.Add(Expression());
                Accept(",");
            }

            return FunctionRegistry.Default.Get(name).Invoke(arguments.ToArray(), _context);
        }

        _position = mark;
        return _variables[first];
    }

    private CypherValue Parenthesised()
    {
        var value = Expression();
        Expect(")");
        return value;
    }

    private CypherValue ListLiteral()
    {
        var items = new List<CypherValue>();
        while (!Accept("]"))
        {
            items.Add(Expression());
            Accept(",");
        }

        return CypherValue.List(items.ToArray());
    }

    private CypherValue MapLiteral()
    {
        var entries = new List<KeyValuePair<string, CypherValue>>();
        while (!Accept("}"))
        {
            var key = Next().Text;
            Expect(":");
            entries.Add(new(key, Expression()));
            Accept(",");
        }

        return CypherValue.Map(new CypherMap(entries));
    }

    private MiniToken Peek => _tokens[_position];

    private MiniToken Next() => _tokens[_position++];

    private bool IsKeyword(string keyword) => Peek.Kind == MiniTokenKind.Identifier && Peek.Text.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    private void ExpectKeyword(string keyword)
    {
        if (!IsKeyword(keyword))
        {
            throw new FormatException($"Expected {keyword} but found '{Peek.Text}'");
        }

        _position++;
    }

    private bool Accept(string symbol)
    {
        if (Peek.Kind == MiniTokenKind.Symbol && Peek.Text == symbol)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(string symbol)
    {
        if (!Accept(symbol))
        {
            throw new FormatException($"Expected '{symbol}' but found '{Peek.Text}'");
        }
    }
}
