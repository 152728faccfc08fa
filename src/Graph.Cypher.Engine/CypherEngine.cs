using System.Collections.Concurrent;
using System.Diagnostics;
using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Planning;
using Graph.Cypher.Engine.Procedures;
using Graph.Cypher.Engine.Transactions;
using Graph.Cypher.Values;
using Graph.Storage;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine;

/// <summary>
/// Cypher on the embedded store: parse → bind → plan → execute. Prepared queries are cached by
/// text, so a repeated query costs a dictionary lookup before it runs. Write queries run on an
/// overlay of the current snapshot and commit as one atomic batch; a failing query changes nothing.
/// Never throws for a bad query: every failure comes back as <see cref="QueryResult.Error"/>.
/// </summary>
public sealed class CypherEngine
{
    private readonly IGraphStore? _store;
    private readonly IGraphReader? _reader;
    private readonly ConcurrentDictionary<string, PreparedQuery> _cache = new(StringComparer.Ordinal);
    private readonly Lock _writeLock = new();

    /// <summary>An engine that can write: write queries commit to the store.</summary>
    public CypherEngine(IGraphStore store)
    {
        _store = store;
    }

    /// <summary>An engine over a fixed snapshot: write clauses are refused.</summary>
    public CypherEngine(IGraphReader snapshot)
    {
        _reader = snapshot;
    }

    public ProcedureRegistry Procedures { get; } = new();

    /// <summary>Upper bound on cached prepared queries; the cache is cleared when it is reached.</summary>
    public int PlanCacheSize { get; init; } = 1_000;

    /// <summary>The graph queries currently read.</summary>
    public IGraphReader Snapshot => _store?.Snapshot ?? _reader!;

    /// <summary>Parses, binds and plans once; the result is cached by text. Errors are in <see cref="PreparedQuery.Error"/>.</summary>
    public PreparedQuery Prepare(string text)
    {
        if (_cache.TryGetValue(text, out PreparedQuery? cached))
        {
            return cached;
        }

        PreparedQuery prepared = PreparedQuery.Compile(text, Procedures, Snapshot);
        if (_cache.Count >= PlanCacheSize)
        {
            _cache.Clear();
        }

        _cache[text] = prepared;
        return prepared;
    }

    /// <summary>Forgets cached plans, e.g. after the procedure set changed.</summary>
    public void ClearCache() => _cache.Clear();

    public QueryResult Execute(string text, IReadOnlyDictionary<string, CypherValue>? parameters = null, QueryOptions? options = null, CancellationToken cancellation = default) =>
        Execute(Prepare(text), parameters, options, cancellation);

    public QueryResult Execute(PreparedQuery query, IReadOnlyDictionary<string, CypherValue>? parameters = null, QueryOptions? options = null, CancellationToken cancellation = default)
    {
        options ??= QueryOptions.Default;
        if (options.Mode == ExecutionMode.Run && query.RequestedMode != ExecutionMode.Run)
        {
            options = options with { Mode = query.RequestedMode };
        }

        if (query.Error is not null)
        {
            return new QueryResult { Columns = query.Columns, Rows = [], Error = query.Error };
        }

        if (options.Mode != ExecutionMode.Explain && query.MissingParameter(parameters) is { } missing)
        {
            return new QueryResult { Columns = query.Columns, Rows = [], Error = missing };
        }

        bool readOnly = options.Limits.ReadOnly || _store is null;
        if (!query.Writes || options.Mode == ExecutionMode.Explain)
        {
            return Run(query, Snapshot, parameters, options, cancellation);
        }

        if (readOnly)
        {
            return new QueryResult
            {
                Columns = query.Columns,
                Rows = [],
                Error = new QueryError(ExecutionErrorCodes.WriteInReadOnly, "Write clauses are refused: the query runs in read-only mode.") { ErrorClass = "Error", IsCompileTime = true },
            };
        }

        // One writer at a time: each write query sees the result of the previous one.
        lock (_writeLock)
        {
            var overlay = new TransactionOverlay(_store!.Snapshot);
            QueryResult result = Run(query, overlay, parameters, options, cancellation);
            if (!result.Succeeded || !overlay.HasChanges)
            {
                return result;
            }

            try
            {
                _store.Commit(overlay.ToBatch());
                _store.Publish();
            }
            catch (QueryExecutionException error)
            {
                return new QueryResult { Columns = result.Columns, Rows = [], Error = QueryRunner.ToError(error) };
            }
            catch (StoreException error)
            {
                return new QueryResult { Columns = result.Columns, Rows = [], Error = new QueryError(ExecutionErrorCodes.StoreError, error.Message) };
            }

            return new QueryResult { Columns = result.Columns, Rows = result.Rows, Plan = result.Plan, Elapsed = result.Elapsed, WroteChanges = true };
        }
    }

    private static QueryResult Run(PreparedQuery query, IGraphReader reader, IReadOnlyDictionary<string, CypherValue>? parameters, QueryOptions options, CancellationToken cancellation)
    {
        PhysicalPlan plan = query.RentPlan();
        try
        {
            return QueryRunner.Run(plan, reader, options.Limits, options.Mode, parameters, cancellation);
        }
        finally
        {
            query.ReturnPlan(plan);
        }
    }
}
