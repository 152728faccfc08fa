using CsCheck;
using Graph.Cypher.Values.Aggregation;
using Graph.Cypher.Values.Arithmetic;
using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Functions;
using Graph.Cypher.Values.Semantics;
using Graph.Cypher.Values.Tests.Support;

namespace Graph.Cypher.Values.Tests.Functions;

/// <summary>A user mistake must surface as a Cypher error, never as a raw .NET exception.</summary>
public class FunctionRobustnessTests
{
    private static readonly CypherFunction[] Functions = [.. FunctionRegistry.Default.Functions.Where(f => f.Name != "range")];
    private static readonly FunctionContext Context = FunctionContext.Create(new FakeGraph());

    [Fact]
    public void Every_function_fails_only_with_cypher_errors() =>
        Gen.Select(Gen.Int[0, Functions.Length - 1], ValueGen.Value.Array[0, 3]).Sample((index, arguments) =>
        {
            var function = Functions[index];
            var count = Math.Clamp(arguments.Length, function.MinArity, Math.Min(function.MaxArity, 3));
            var padded = arguments.Concat(Enumerable.Repeat(CypherValue.Integer(1), 3)).Take(count).ToArray();
            Survives(() => function.Invoke(padded, Context));
        }, iter: 20_000);

    [Fact]
    public void Every_operator_fails_only_with_cypher_errors() =>
        Gen.Select(ValueGen.Value, ValueGen.Value).Sample((a, b) =>
        {
            Survives(() => CypherArithmetic.Add(a, b));
            Survives(() => CypherArithmetic.Subtract(a, b));
            Survives(() => CypherArithmetic.Multiply(a, b));
            Survives(() => CypherArithmetic.Divide(a, b));
            Survives(() => CypherArithmetic.Modulo(a, b));
            Survives(() => CypherArithmetic.Power(a, b));
            Survives(() => CypherArithmetic.Negate(a));
            Survives(() => CypherComparison.LessThan(a, b));
            Survives(() => CypherEquality.EqualsOperator(a, b));
            Survives(() => CypherListOperators.In(a, b));
            Survives(() => CypherListOperators.Index(a, b));
        }, iter: 20_000);

    [Fact]
    public void Every_aggregate_fails_only_with_cypher_errors() =>
        Gen.Select(Gen.Int[0, 9], ValueGen.Value.Array[0, 6], Gen.Bool).Sample((index, values, distinct) =>
        {
            var aggregate = AggregateRegistry.Default.Functions.ElementAt(index);
            var aggregator = aggregate.CreateAggregator(distinct);
            Survives(() =>
            {
                foreach (var value in values)
                {
                    aggregator.Add([value, CypherValue.Float(0.5)]);
                }

                return aggregator.Result();
            });
        });

    private static void Survives(Func<CypherValue> action)
    {
        try
        {
            _ = action();
        }
        catch (CypherRuntimeException)
        {
        }
    }
}
