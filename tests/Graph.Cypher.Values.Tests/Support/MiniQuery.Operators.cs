using Graph.Cypher.Values.Arithmetic;
using Graph.Cypher.Values.Semantics;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Values.Tests.Support;

/// <summary>The operator ladder, lowest precedence first: OR, XOR, AND, NOT, comparison and predicates, + -, * / %, ^, unary, postfix.</summary>
internal sealed partial class MiniQuery
{
    private CypherValue Expression()
    {
        var left = Xor();
        while (AcceptKeyword("OR"))
        {
            left = CypherLogic.Or(left, Xor());
        }

        return left;
    }

    private CypherValue Xor()
    {
        var left = And();
        while (AcceptKeyword("XOR"))
        {
            left = CypherLogic.Xor(left, And());
        }

        return left;
    }

    private CypherValue And()
    {
        var left = Not();
        while (AcceptKeyword("AND"))
        {
            left = CypherLogic.And(left, Not());
        }

        return left;
    }

    private CypherValue Not() => AcceptKeyword("NOT") ? CypherLogic.Not(Not()) : Comparison();

    private CypherValue Comparison()
    {
        var left = Predicate();
        while (Peek.Kind == MiniTokenKind.Symbol && Peek.Text is "=" or "<>" or "<" or ">" or "<=" or ">=" && _tokens[_position + 1].Text != "~")
        {
            var op = Next().Text;
            left = Compare(op, left, Predicate());
        }

        return left;
    }

    private CypherValue Predicate()
    {
        var left = Additive();
        while (true)
        {
            if (AcceptKeyword("IS"))
            {
                var negate = AcceptKeyword("NOT");
                ExpectKeyword("NULL");
                left = CypherValue.Boolean(left.IsNull != negate);
            }
            else if (AcceptKeyword("IN"))
            {
                left = CypherListOperators.In(left, Additive());
            }
            else if (AcceptKeyword("STARTS"))
            {
                ExpectKeyword("WITH");
                left = CypherStringPredicates.StartsWith(left, Additive());
            }
            else if (AcceptKeyword("ENDS"))
            {
                ExpectKeyword("WITH");
                left = CypherStringPredicates.EndsWith(left, Additive());
            }
            else if (AcceptKeyword("CONTAINS"))
            {
                left = CypherStringPredicates.Contains(left, Additive());
            }
            else if (Peek.Text == "=" && _tokens[_position + 1].Text == "~")
            {
                _position += 2;
                left = CypherStringPredicates.Matches(left, Additive());
            }
            else
            {
                return left;
            }
        }
    }

    private static CypherValue Compare(string op, CypherValue left, CypherValue right) => op switch
    {
        "=" => CypherEquality.EqualsOperator(left, right),
        "<>" => CypherEquality.NotEqualsOperator(left, right),
        "<" => CypherComparison.LessThan(left, right),
        ">" => CypherComparison.GreaterThan(left, right),
        "<=" => CypherComparison.LessThanOrEqual(left, right),
        _ => CypherComparison.GreaterThanOrEqual(left, right),
    };

    private CypherValue Additive()
    {
        var left = Multiplicative();
        while (Peek.Text is "+" or "-" && Peek.Kind == MiniTokenKind.Symbol)
        {
            var op = Next().Text;
            var right = Multiplicative();
            left = op == "+" ? CypherArithmetic.Add(left, right) : CypherArithmetic.Subtract(left, right);
        }

        return left;
    }

    private CypherValue Multiplicative()
    {
        var left = Power();
        while (Peek.Text is "*" or "/" or "%" && Peek.Kind == MiniTokenKind.Symbol)
        {
            var op = Next().Text;
            var right = Power();
            left = op switch
            {
                "*" => CypherArithmetic.Multiply(left, right),
                "/" => CypherArithmetic.Divide(left, right),
                _ => CypherArithmetic.Modulo(left, right),
            };
        }

        return left;
    }

    private CypherValue Power()
    {
        var left = Unary();
        while (Accept("^"))
        {
            left = CypherArithmetic.Power(left, Unary());
        }

        return left;
    }

    private CypherValue Unary() => Accept("-") ? CypherArithmetic.Negate(Unary()) : Accept("+") ? Unary() : Postfix(Primary());

    private CypherValue Postfix(CypherValue value)
    {
        while (true)
        {
            if (Peek.Text == "." && _tokens[_position + 1].Kind == MiniTokenKind.Identifier)
            {
                _position++;
                var name = Next().Text;
                value = value.Kind switch
                {
                    CypherValueKind.Null => CypherValue.Null,
                    CypherValueKind.Map => value.AsMap[name],
                    _ => TemporalAccessors.Get(value, name),
                };
            }
            else if (Accept("["))
            {
                value = IndexOrSlice(value);
            }
            else
            {
                return value;
            }
        }
    }

    private CypherValue IndexOrSlice(CypherValue value)
    {
        CypherValue? from = Peek.Text == "." && _tokens[_position + 1].Text == "." ? (CypherValue?)null : Expression();
        if (Accept("."))
        {
            Expect(".");
            CypherValue? to = Peek.Text == "]" ? (CypherValue?)null : Expression();
            Expect("]");
            return CypherListOperators.Slice(value, from, to);
        }

        Expect("]");
        return CypherListOperators.Index(value, from!.Value);
    }

    private bool AcceptKeyword(string keyword)
    {
        if (IsKeyword(keyword))
        {
            _position++;
            return true;
        }

        return false;
    }
}
