using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Graph.Cypher.Engine;
using Graph.Cypher.Engine.Execution;
using Graph.Storage.Reading;

namespace Graph.Rules.Running;

/// <summary>
/// Runs rules on one read-only snapshot. Rules are independent read-only queries on an immutable snapshot, so up to
/// <see cref="RuleRunOptions.MaxParallelism"/> of them run at once, each on its own plan; outcomes still come back in
/// the rules' order and progress callbacks are never concurrent. With more than one worker the rules start costliest
/// first by the planner's estimate, so that a long rule does not start last and run alone while the other cores idle.
/// Each rule gets its parameters (defaults overridden by the user's values) and its own time limit; a failing rule is
/// reported in its outcome and the others still run.
/// </summary>
public sealed class RuleRunner
{
    private readonly CypherEngine _engine;
    private readonly HitBuilder _hits;

    public RuleRunner(IGraphReader snapshot)
    {
        _engine = new CypherEngine(snapshot);
        _hits = new HitBuilder(snapshot);
    }

    public RuleRunReport Run(IReadOnlyList<RuleDefinition> rules, RuleRunOptions options, CancellationToken cancellation = default)
    {
        var outcomes = new RuleOutcome[rules.Count];
        var progressGate = new Lock();
        int workers = Math.Clamp(options.MaxParallelism, 1, Math.Max(1, rules.Count));
        IReadOnlyList<int> order = StartOrder(rules, workers);
        int next = -1;
        int done = 0;
        void Work()
        {
            for (int taken = Interlocked.Increment(ref next); taken < rules.Count; taken = Interlocked.Increment(ref next))
            {
                int i = order[taken];
                cancellation.ThrowIfCancellationRequested();
                Report(options, progressGate, new RuleProgress(i, rules.Count, rules[i], null, Volatile.Read(ref done)));
                outcomes[i] = Run(rules[i], options, cancellation);
                Report(options, progressGate, new RuleProgress(i, rules.Count, rules[i], outcomes[i], Interlocked.Increment(ref done)));
            }
        }

        if (workers == 1)
        {
            Work();
        }
        else
        {
            // Dedicated threads rather than the thread pool: each worker is busy for the whole run.
            var threads = new Thread[workers - 1];
            Exception? failure = null;
            for (int t = 0; t < threads.Length; t++)
            {
                threads[t] = new Thread(() =>
                {
                    try
                    {
                        Work();
                    }
                    catch (Exception e)
                    {
                        Interlocked.CompareExchange(ref failure, e, null);
                    }
                }) { IsBackground = true, Name = $"rule-worker-{t + 1}" };
                threads[t].Start();
            }

            try
            {
                Work();
            }
            finally
            {
                foreach (Thread thread in threads)
                {
                    thread.Join();
                }
            }

            if (failure is not null)
            {
                ExceptionDispatchInfo.Capture(failure).Throw();
            }
        }

        return new RuleRunReport(outcomes);
    }

    /// <summary>
    /// The order in which <paramref name="workers"/> workers take the rules (indices into <paramref name="rules"/>):
    /// one worker keeps the rules' order; several take them by the planner's estimated work, largest first (ties in the
    /// rules' order). Estimates are rough, but the scheduling only needs the few long rules to start early; a rule that
    /// does not compile costs nothing here and reports its error when it runs.
    /// </summary>
    public IReadOnlyList<int> StartOrder(IReadOnlyList<RuleDefinition> rules, int workers)
    {
        if (workers <= 1)
        {
            return [.. Enumerable.Range(0, rules.Count)];
        }

        double[] work = [.. rules.Select(rule => _engine.Prepare(rule.Query).EstimatedWork)];
        return [.. Enumerable.Range(0, rules.Count).OrderByDescending(i => work[i])];
    }

    private static void Report(RuleRunOptions options, Lock gate, RuleProgress progress)
    {
        if (options.Progress is { } callback)
        {
            lock (gate)
            {
                callback(progress);
            }
        }
    }

    public RuleOutcome Run(RuleDefinition rule, RuleRunOptions options, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var prepared = _engine.Prepare(rule.Query);
        var parameters = RuleParameters.For(rule, options.Parameters);
        var result = _engine.Execute(prepared, parameters, new QueryOptions { Limits = new QueryLimits { TimeLimit = options.TimeLimit, ReadOnly = true } }, cancellation);
        if (result.Error is { } error)
        {
            return new RuleOutcome(rule, [], clock.Elapsed, error);
        }

        if (result.Columns.Count != 4)
        {
            return new RuleOutcome(rule, [], clock.Elapsed, new QueryError(RuleErrorCodes.BadColumns, $"rule {rule.Id} returns {result.Columns.Count} columns, not entities, records, weight, facts."));
        }

        var hits = Deduplicate(result.Rows.Select(row => _hits.Build(rule, row)));
        return new RuleOutcome(rule, hits, clock.Elapsed, null);
    }

    /// <summary>
    /// Rows naming the same entities and records are one hit (a pair found from both ends, a case reached by two
    /// paths): the strongest is kept, and of equally strong ones the first by explanation text, so the report does
    /// not depend on the order the plan produced rows in. Hits come strongest first, then by entities and records.
    /// </summary>
    private static List<RuleHit> Deduplicate(IEnumerable<RuleHit> hits)
    {
        var best = new Dictionary<string, RuleHit>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            var key = string.Join(",", hit.Entities.Select(entity => entity.NodeId).Order()) + "|" + string.Join(",", hit.Records.Select(record => record.NodeId).Order());
            if (!best.TryGetValue(key, out var known) || IsBetter(hit, known))
            {
                best[key] = hit;
            }
        }

        return best.OrderByDescending(pair => pair.Value.Weight).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value).ToList();
    }

    private static bool IsBetter(RuleHit hit, RuleHit known) =>
        hit.Weight > known.Weight || (hit.Weight == known.Weight && string.CompareOrdinal(hit.Text, known.Text) < 0);
}
