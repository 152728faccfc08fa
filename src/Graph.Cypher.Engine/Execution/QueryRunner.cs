using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Explain;
using Graph.Cypher.Values.Errors;
using Graph.Storage;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution;

/// <summary>Runs a physical plan against a snapshot. Never throws: failures come back as <see cref="QueryResult.Error"/>.</summary>
public static class QueryRunner
{
    public static QueryResult Run(PhysicalPlan plan, IGraphReader reader, QueryLimits limits, ExecutionMode mode = ExecutionMode.Run, IReadOnlyDictionary<string, CypherValue>? parameters = null, CancellationToken cancellation = default)
    {
        var names = new string[plan.Columns.Count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = plan.Columns[i].Name;
        }

        if (mode == ExecutionMode.Explain)
        {
            return new QueryResult { Columns = names, Rows = [], Plan = PlanPrinter.Print(plan.Root, withProfile: false) };
        }

        if (limits.ReadOnly && plan.Writes)
        {
            return Failed(names, new QueryError(ExecutionErrorCodes.WriteInReadOnly, "Write clauses are refused: the query runs in read-only mode."));
        }

        var rows = new List<CypherValue[]>();
        try
        {
            var context = new QueryContext(reader, plan.SlotCount, limits, cancellation, profiling: mode == ExecutionMode.Profile, parameters);
            context.Guard.Check();
            plan.Root.Open(context);
            while (plan.Root.Next(context))
            {
                context.Guard.CountResultRow();
                var row = new CypherValue[plan.Columns.Count];
                for (int i = 0; i < row.Length; i++)
                {
                    row[i] = context.Row[plan.Columns[i].Slot];
                }

                rows.Add(row);
            }
        }
        catch (QueryExecutionException error)
        {
            return Failed(names, ToError(error), mode, plan);
        }
        catch (CypherRuntimeException error)
        {
            return Failed(names, ToError(error), mode, plan);
        }
        catch (StoreException error)
        {
            return Failed(names, new QueryError(ExecutionErrorCodes.StoreError, error.Message), mode, plan);
        }
        catch (Exception error)
        {
            // A bug must still come back as a result: the caller is promised no exceptions.
            return Failed(names, new QueryError(ExecutionErrorCodes.InternalError, error.Message), mode, plan);
        }
        finally
        {
            plan.Root.Close();
        }

        return new QueryResult
        {
            Columns = names,
            Rows = rows,
            Plan = mode == ExecutionMode.Profile ? PlanPrinter.Print(plan.Root, withProfile: true) : null,
        };
    }

    public static QueryError ToError(QueryExecutionException error) => new(error.Code, error.Message)
    {
        ErrorClass = error.ErrorClass,
        Detail = error.Detail,
    };

    public static QueryError ToError(CypherRuntimeException error) => new(CodeOf(error.Error.Class), error.Error.Message)
    {
        ErrorClass = error.Error.Class.ToString(),
        Detail = error.Error.Detail,
    };

    /// <summary>EXEC_TYPE_ERROR, EXEC_ARGUMENT_ERROR, ...: one stable code per error class.</summary>
    private static string CodeOf(CypherErrorClass errorClass) =>
        "EXEC_" + System.Text.RegularExpressions.Regex.Replace(errorClass.ToString(), "(?<=[a-z])(?=[A-Z])", "_").ToUpperInvariant();

    private static QueryResult Failed(string[] names, QueryError error, ExecutionMode mode = ExecutionMode.Run, PhysicalPlan? plan = null) => new()
    {
        Columns = names,
        Rows = [],
        Error = error,
        Plan = mode == ExecutionMode.Profile && plan is not null ? PlanPrinter.Print(plan.Root, withProfile: true) : null,
    };
}
