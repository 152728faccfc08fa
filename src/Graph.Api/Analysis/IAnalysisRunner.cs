using Graph.Api.Store;
using Graph.Rules;

namespace Graph.Api.Analysis;

/// <summary>
/// Runs screening rules and ring detection on a snapshot. <paramref name="ruleIds"/> limits the run to some rules,
/// the others keeping their hits from <paramref name="previous"/> (when it is of the same snapshot).
/// </summary>
public interface IAnalysisRunner
{
    AnalysisResult Run(GraphSnapshot snapshot, RuleCatalog catalog, string catalogHash, IReadOnlyCollection<string>? ruleIds, AnalysisResult? previous, CancellationToken cancellation);
}
