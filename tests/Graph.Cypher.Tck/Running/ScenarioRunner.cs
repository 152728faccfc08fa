using System.Diagnostics;
using Graph.Cypher.Tck.Engine;
using Graph.Cypher.Tck.Loading;
using Graph.Cypher.Tck.Scenarios;

namespace Graph.Cypher.Tck.Running;

/// <summary>
/// Runs one scenario's steps against an engine. The first failing step ends the scenario; an exception from
/// the engine fails the scenario instead of the run.
/// </summary>
public sealed class ScenarioRunner(ITckEngine engine, NamedGraphs graphs)
{
    public ScenarioOutcome Run(TckScenario scenario, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var state = new ScenarioState();
        ScenarioFailure? failure;
        try
        {
            failure = RunSteps(scenario, state, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            failure = new ScenarioFailure($"the engine threw {error.GetType().Name}: {error.Message}");
        }

        var status = failure is null ? ScenarioStatus.Passed : ScenarioStatus.Failed;
        return new ScenarioOutcome(scenario, status, failure, state.LastQuery, Duration: clock.Elapsed);
    }

    private ScenarioFailure? RunSteps(TckScenario scenario, ScenarioState state, CancellationToken cancellationToken)
    {
        if (scenario.LoadError is { } loadError)
        {
            return ScenarioFailure.Unreadable(loadError);
        }

        engine.Reset();
        var measuresSideEffects = scenario.Steps.OfType<ExpectSideEffectsStep>().Any();
        var executor = new StepExecutor(engine, graphs, state, measuresSideEffects, cancellationToken);
        foreach (var step in scenario.Steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (executor.Execute(step) is { } failure)
            {
                return failure with { Reason = $"step at line {step.Line}: {failure.Reason}" };
            }
        }

        return state.LastOutcome is null ? new ScenarioFailure("the scenario executed no query") : null;
    }
}
