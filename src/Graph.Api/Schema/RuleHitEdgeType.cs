using Graph.Api.Analysis;

namespace Graph.Api.Schema;

/// <summary>An edge of a rule-hit list.</summary>
public sealed class RuleHitEdgeType() : EdgeGraphType<RuleHitType, HitView>("RuleHitEdge");
