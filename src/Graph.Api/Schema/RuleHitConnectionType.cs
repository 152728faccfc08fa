using Graph.Api.Analysis;

namespace Graph.Api.Schema;

/// <summary>Rule hits, strongest first.</summary>
public sealed class RuleHitConnectionType() : ConnectionGraphType<RuleHitType, RuleHitEdgeType, HitView>("RuleHitConnection");
