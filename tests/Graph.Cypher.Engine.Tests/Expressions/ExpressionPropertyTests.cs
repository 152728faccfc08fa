using System.Globalization;
using CsCheck;
using Graph.Cypher.Engine.Tests.Expressions.Support;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Engine.Tests.Expressions;

/// <summary>Compiled expressions against plain C# on random inputs, and the quantifier identities of the TCK.</summary>
public sealed class ExpressionPropertyTests(ExpressionGraph graph) : IClassFixture<ExpressionGraph>
{
    private static readonly Gen<long> Longs = Gen.OneOf(Gen.Long, Gen.Long[-100, 100], Gen.Const(long.MaxValue), Gen.Const(long.MinValue), Gen.Const(-1L));

    // Small lists of small integers and nulls, printed as Cypher list literals.
    private static readonly Gen<long?[]> Lists = Gen.Long[-3, 3].Select(v => v == 3 ? (long?)null : v).Array[0, 6];

    private readonly ExpressionHarness x = new(graph.Reader);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(long?[] list) => "[" + string.Join(", ", list.Select(v => v is null ? "null" : Text(v.Value))) + "]";

    [Fact]
    public void Integer_arithmetic_is_exact_or_reports_overflow() =>
        Gen.Select(Longs, Longs).Sample((a, b) =>
        {
            Check(a, b, "+", () => checked(a + b));
            Check(a, b, "-", () => checked(a - b));
            Check(a, b, "*", () => checked(a * b));
        }, iter: 150);

    [Fact]
    public void Comparisons_agree_with_integer_order() =>
        Gen.Select(Gen.Long[-5, 5], Gen.Long[-5, 5], Gen.Long[-5, 5]).Sample((a, b, c) =>
        {
            string with = $"WITH {Text(a)} AS a, {Text(b)} AS b, {Text(c)} AS c RETURN ";
            Assert.Equal(a < b, x.Query(with + "a < b AS x").AsBoolean);
            Assert.Equal(a >= b, x.Query(with + "a >= b AS x").AsBoolean);
            Assert.Equal(a == b, x.Query(with + "a = b AS x").AsBoolean);
            Assert.Equal(a < b && b <= c, x.Query(with + "a < b <= c AS x").AsBoolean);
        }, iter: 100);

    [Fact]
    public void Index_and_slice_agree_with_list_positions() =>
        Gen.Select(Gen.Long[0, 9].Array[0, 6], Gen.Int[-8, 8], Gen.Int[-8, 8]).Sample((items, from, to) =>
        {
            string list = "[" + string.Join(", ", items) + "]";
            string with = $"WITH {list} AS l, {from} AS i, {to} AS j RETURN ";
            int n = items.Length;
            int position = from < 0 ? n + from : from;
            CypherValue element = x.Query(with + "l[i] AS x");
            long? expectedElement = position >= 0 && position < n ? items[position] : null;
            Assert.Equal(expectedElement, element.IsNull ? null : element.AsInteger);

            int start = Math.Clamp(from < 0 ? n + from : from, 0, n);
            int end = Math.Clamp(to < 0 ? n + to : to, 0, n);
            long[] expected = end > start ? items[start..end] : [];
            Assert.Equal(expected, x.Query(with + "l[i..j] AS x").AsList.Select(v => v.AsInteger));
        }, iter: 150);

    [Fact]
    public void Quantifiers_keep_their_identities_under_nulls() =>
        Gen.Select(Lists, Gen.Long[-3, 3]).Sample((list, bound) =>
        {
            string with = $"WITH {Text(list)} AS l, {Text(bound)} AS k RETURN ";
            string Show(string expression) => x.Format(x.Query(with + expression + " AS x"));
            Assert.Equal(Show("none(v IN l WHERE v > k)"), Show("NOT any(v IN l WHERE v > k)"));
            Assert.Equal(Show("all(v IN l WHERE v > k)"), Show("none(v IN l WHERE NOT (v > k))"));
            Assert.Equal(Show("all(v IN l WHERE v > k)"), Show("NOT any(v IN l WHERE NOT (v > k))"));

            // Without nulls, the quantifiers are counts of the filtered list.
            if (list.All(v => v is not null))
            {
                int matches = list.Count(v => v > bound);
                Assert.Equal(matches == 1, x.Query(with + "single(v IN l WHERE v > k) AS x").AsBoolean);
                Assert.Equal(matches > 0, x.Query(with + "any(v IN l WHERE v > k) AS x").AsBoolean);
                Assert.Equal(matches == list.Length, x.Query(with + "all(v IN l WHERE v > k) AS x").AsBoolean);
                Assert.Equal(matches, x.Query(with + "size([v IN l WHERE v > k]) AS x").AsInteger);
            }
        }, iter: 150);

    [Fact]
    public void Reduce_and_in_agree_with_linq() =>
        Gen.Select(Lists, Gen.Long[-3, 3]).Sample((list, probe) =>
        {
            string with = $"WITH {Text(list)} AS l, {Text(probe)} AS p RETURN ";
            CypherValue sum = x.Query(with + "reduce(s = 0, v IN l | s + coalesce(v, 0)) AS x");
            Assert.Equal(list.Sum(v => v ?? 0), sum.AsInteger);

            string expected = list.Contains(probe) ? "true" : list.Contains(null) ? "null" : "false";
            Assert.Equal(expected, x.Format(x.Query(with + "p IN l AS x")));
        }, iter: 150);

    private void Check(long a, long b, string op, Func<long> expected)
    {
        string query = $"WITH {Text(a)} AS a, {Text(b)} AS b RETURN a {op} b AS x";
        long result;
        try
        {
            result = expected();
        }
        catch (OverflowException)
        {
            Assert.Equal(CypherErrorDetail.IntegerOverflow, x.FailsQuery(query).Detail);
            return;
        }

        Assert.Equal(result, x.Query(query).AsInteger);
    }
}
