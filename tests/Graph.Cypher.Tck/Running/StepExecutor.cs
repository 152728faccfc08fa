using Graph.Cypher.Tck.Engine;
using Graph.Cypher.Tck.Loading;
using Graph.Cypher.Tck.Scenarios;
using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Running;

/// <summary>Carries out single steps; returns null when a step holds, else the failure.</summary>
public sealed class StepExecutor(
    ITckEngine engine,
    NamedGraphs graphs,
    ScenarioState state,
    bool measuresSideEffects,
    CancellationToken cancellationToken)
{
    private static readonly IReadOnlyDictionary<string, TckValue> NoParameters = new Dictionary<string, TckValue>();

    public ScenarioFailure? Execute(TckStep step) => step switch
    {
        GivenGraphStep given => Given(given),
        SetupQueryStep setup => Setup(setup.Query, "setup query"),
        ParametersStep parameters => SetParameters(parameters),
        ProcedureStep procedure => Register(procedure),
        QueryStep query => RunQuery(query),
        ExpectResultStep result => ExpectationChecks.CheckResult(result, state.LastOutcome),
        ExpectErrorStep error => ExpectationChecks.CheckError(error, state.LastOutcome),
        ExpectSideEffectsStep effects => ExpectationChecks.CheckSideEffects(effects, state.MeasuredSideEffects),
        _ => new ScenarioFailure($"the runner has no rule for {step.GetType().Name}"),
    };

    private ScenarioFailure? Given(GivenGraphStep given)
    {
        engine.Reset();
        if (given.Kind != GraphKind.Named)
        {
            return null;
        }

        if (graphs.TryGetScripts(given.GraphName!) is not { } scripts)
        {
            return new ScenarioFailure($"no graph '{given.GraphName}' under {graphs.GraphsDirectory}");
        }

        return scripts.Select(script => Setup(script, $"script of graph '{given.GraphName}'")).FirstOrDefault(failure => failure is not null);
    }

    private ScenarioFailure? Setup(string query, string what)
    {
        var outcome = engine.Execute(query, NoParameters, cancellationToken);
        return outcome is TckQueryError error
            ? new ScenarioFailure($"the {what} failed", Actual: ExpectationChecks.Describe(error))
            : null;
    }

    private ScenarioFailure? SetParameters(ParametersStep step)
    {
        foreach (var (name, value) in step.Parameters)
        {
            state.Parameters[name] = value;
        }

        return null;
    }

    private ScenarioFailure? Register(ProcedureStep step)
    {
        engine.RegisterProcedure(step.Procedure);
        return null;
    }

    private ScenarioFailure? RunQuery(QueryStep step)
    {
        var measure = measuresSideEffects && !step.IsControlQuery;
        var before = measure ? engine.Snapshot() : null;
        state.LastQuery = step.Query;
        state.LastOutcome = engine.Execute(step.Query, state.Parameters, cancellationToken);
        if (measure)
        {
            var reported = (state.LastOutcome as TckQueryResult)?.SideEffects;
            state.MeasuredSideEffects = reported ?? TckSideEffects.Between(before!, engine.Snapshot());
        }

        return null;
    }
}
