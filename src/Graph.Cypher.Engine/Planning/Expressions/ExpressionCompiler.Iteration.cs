using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution.Expressions;

namespace Graph.Cypher.Engine.Planning.Expressions;

public sealed partial class ExpressionCompiler
{
    // The source is compiled before the body: it is evaluated outside the iteration variable's scope.
    private ListComprehension CompileListComprehension(BoundListComprehension comprehension)
    {
        RowExpression source = Compile(comprehension.Source);
        int slot = slots.SlotOf(comprehension.Variable);
        RowExpression? predicate = comprehension.Predicate is null ? null : Compile(comprehension.Predicate);
        RowExpression? projection = comprehension.Projection is null ? null : Compile(comprehension.Projection);
        return new ListComprehension(slot, comprehension.Variable.Name, source, predicate, projection);
    }

    private QuantifierPredicate CompileQuantifier(BoundQuantifier quantifier)
    {
        RowExpression source = Compile(quantifier.Source);
        int slot = slots.SlotOf(quantifier.Variable);
        RowExpression? predicate = quantifier.Predicate is null ? null : Compile(quantifier.Predicate);
        return new QuantifierPredicate(quantifier.Quantifier, slot, quantifier.Variable.Name, source, predicate);
    }

    private Reduce CompileReduce(BoundReduce reduce)
    {
        RowExpression initial = Compile(reduce.Initial);
        RowExpression source = Compile(reduce.Source);
        int accumulator = slots.SlotOf(reduce.Accumulator);
        int slot = slots.SlotOf(reduce.Variable);
        RowExpression step = Compile(reduce.Step);
        return new Reduce(accumulator, reduce.Accumulator.Name, initial, slot, reduce.Variable.Name, source, step);
    }
}
