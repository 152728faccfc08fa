using Graph.Cypher.Tck.Engine;
using Graph.Cypher.Tck.Exclusions;
using Graph.Cypher.Tck.Loading;
using Graph.Cypher.Tck.Scenarios;

namespace Graph.Cypher.Tck.Running;

/// <summary>
/// Runs scenarios one after another on one engine. Sequential on purpose: the engine holds one graph and is
/// single-threaded. A scenario that overruns its time is failed, and its engine, possibly still busy, is abandoned
/// for a fresh one, so the next scenario never shares a graph with a runaway query.
/// </summary>
public sealed class SuiteRunner(Func<ITckEngine>? engineFactory, NamedGraphs graphs, ExclusionList exclusions, TimeSpan timeout) : IDisposable
{
    private ITckEngine? _engine;

    public IReadOnlyList<ScenarioOutcome> Run(IEnumerable<TckScenario> scenarios, Action<ScenarioOutcome>? onOutcome = null)
    {
        var outcomes = new List<ScenarioOutcome>();
        foreach (var scenario in scenarios)
        {
            var outcome = RunOne(scenario);
            outcomes.Add(outcome);
            onOutcome?.Invoke(outcome);
        }

        return outcomes;
    }

    public void Dispose()
    {
        _engine?.Dispose();
        _engine = null;
    }

    private ScenarioOutcome RunOne(TckScenario scenario)
    {
        if (exclusions.Find(scenario) is { } exclusion)
        {
            return new ScenarioOutcome(scenario, ScenarioStatus.Skipped, Exclusion: exclusion);
        }

        if (scenario.LoadError is { } loadError)
        {
            return new ScenarioOutcome(scenario, ScenarioStatus.Failed, ScenarioFailure.Unreadable(loadError));
        }

        if (engineFactory is null)
        {
            return new ScenarioOutcome(scenario, ScenarioStatus.NotRun, new ScenarioFailure(EngineFactory.MissingEngineReason));
        }

        _engine ??= engineFactory();
        return RunWithTimeout(scenario, _engine);
    }

    private ScenarioOutcome RunWithTimeout(TckScenario scenario, ITckEngine engine)
    {
        var cancellation = new CancellationTokenSource();
        var runner = new ScenarioRunner(engine, graphs);
        var task = Task.Factory.StartNew(
            () => runner.Run(scenario, cancellation.Token),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        if (task.Wait(timeout))
        {
            cancellation.Dispose();
            return task.Result;
        }

        cancellation.Cancel();
        _engine = null;
        _ = task.ContinueWith(
            _ =>
            {
                engine.Dispose();
                cancellation.Dispose();
            },
            TaskScheduler.Default);
        return new ScenarioOutcome(
            scenario,
            ScenarioStatus.Failed,
            new ScenarioFailure($"timed out after {timeout.TotalMilliseconds:0} ms"),
            Duration: timeout);
    }
}
