using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Operators;

namespace Graph.Cypher.Engine.Planning;

internal sealed partial class PlanBuilder
{
    private Operator PlanClause(Operator op, BoundClause clause, IReadOnlyList<BoundClause> clauses, int index, ref IReadOnlyList<OutputColumn> columns)
    {
        switch (clause)
        {
            case BoundMatch match:
                return PlanMatch(op, match.Pattern, match.Predicate);
            case BoundOptionalMatch optional:
                return PlanOptionalMatch(op, optional);
            case BoundWith with:
                op = PlanProjection(op, with.Projection, out columns);
                return with.Predicate is null ? op : new Filter(op, Compile(with.Predicate));
            case BoundReturn ret:
                return PlanProjection(op, ret.Projection, out columns);
            case BoundUnwind unwind:
                return new Unwind(op, Compile(unwind.Expression), Bind(unwind.Variable), unwind.Variable.Name);
            case BoundCall call:
                return PlanCall(op, call, out columns);
            default:
                return PlanUpdate(op, clause, clauses, index);
        }
    }

    private Operator PlanOptionalMatch(Operator op, BoundOptionalMatch optional)
    {
        var before = new HashSet<VariableSymbol>(_bound, ReferenceEqualityComparer.Instance);
        Operator inner = PlanMatch(new Argument(), optional.Pattern, optional.Predicate);
        int[] introduced = [.. _bound.Where(symbol => !before.Contains(symbol)).Select(_slots.SlotOf)];
        return new OptionalApply(op, inner, introduced);
    }

    private Operator PlanCall(Operator op, BoundCall call, out IReadOnlyList<OutputColumn> columns)
    {
        if (!_procedures.TryGetBody(call.Procedure, out var body) || call.Signature is null)
        {
            throw new PlanningException($"There is no procedure named {call.Procedure}.", call.Span, "ProcedureError", "ProcedureNotFound");
        }

        ProcedureSignature signature = call.Signature;
        RowExpression[] arguments = call.Arguments is null
            ? [.. signature.Parameters.Select(parameter => _compiler.Compile(new BoundParameter(call.Span, parameter.Type, parameter.Name)))]
            : [.. call.Arguments.Select(Compile)];
        var outputSlots = new int[signature.Outputs.Count];
        var output = new List<OutputColumn>();
        for (int i = 0; i < outputSlots.Length; i++)
        {
            string field = signature.Outputs[i].Name;
            BoundYieldItem? yield = call.Yields.FirstOrDefault(item => item.Field == field);
            if (yield is not null)
            {
                outputSlots[i] = Bind(yield.Variable);
                output.Add(new OutputColumn(yield.Variable.Name, outputSlots[i]));
            }
            else if (call.IsStandalone && (call.YieldsAll || call.Yields.Count == 0))
            {
                outputSlots[i] = _slots.Temporary();
                output.Add(new OutputColumn(field, outputSlots[i]));
            }
            else
            {
                outputSlots[i] = -1;
            }
        }

        op = new ProcedureCall(op, call.Procedure, body, arguments, outputSlots);
        if (call.Predicate is not null)
        {
            op = new Filter(op, Compile(call.Predicate));
        }

        columns = call.IsStandalone ? output : [];
        return op;
    }
}
