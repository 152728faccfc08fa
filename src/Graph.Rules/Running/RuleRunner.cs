using System.Diagnostics;
using Graph.Cypher.Engine;
using Graph.Cypher.Engine.Execution;
using Graph.Storage.Reading;

namespace Graph.Rules.Running;

/// <summary>
/// Runs rules on one read-only snapshot, one after another (a rule is a full scan of its model; running them in
/// parallel on a small machine only makes each slower). Each rule gets its parameters (defaults overridden by the
/// user's values) and its own time limit; a failing rule is reported in its outcome and the others still run.
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
        var outcomes = new List<RuleOutcome>(rules.Count);
        for (var i = 0; i < rules.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            options.Progress?.Invoke(new RuleProgress(i, rules.Count, rules[i], null));
            var outcome = Run(rules[i], options, cancellation);
            outcomes.Add(outcome);
            options.Progress?.Invoke(new RuleProgress(i, rules.Count, rules[i], outcome));
        }

        return new RuleRunReport(outcomes);
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
    /// paths): the strongest is kept. Hits come strongest first; ties keep the query's order.
    /// </summary>
    private static List<RuleHit> Deduplicate(IEnumerable<RuleHit> hits)
    {
        var best = new Dictionary<string, (int Order, RuleHit Hit)>(StringComparer.Ordinal);
        var order = 0;
        foreach (var hit in hits)
        {
            var key = string.Join(",", hit.Entities.Select(entity => entity.NodeId).Order()) + "|" + string.Join(",", hit.Records.Select(record => record.NodeId).Order());
            if (!best.TryGetValue(key, out var known) || hit.Weight > known.Hit.Weight)
            {
                best[key] = (known.Hit is null ? order : known.Order, hit);
            }

            order++;
        }

        return best.Values.OrderByDescending(pair => pair.Hit.Weight).ThenBy(pair => pair.Order).Select(pair => pair.Hit).ToList();
    }
}
