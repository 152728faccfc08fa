namespace Graph.Rules.Running;

/// <summary>The outcomes of a run, one per rule in the order they ran.</summary>
public sealed record RuleRunReport(IReadOnlyList<RuleOutcome> Outcomes)
{
    public IEnumerable<RuleHit> Hits => Outcomes.SelectMany(outcome => outcome.Hits);

    public IEnumerable<RuleOutcome> Failures => Outcomes.Where(outcome => !outcome.Succeeded);
}
