using Graph.Api.Analysis;

namespace Graph.Api.Schema;

/// <summary>An edge of the ring list.</summary>
public sealed class RingEdgeType() : EdgeGraphType<RingType, RingView>("RingEdge");
