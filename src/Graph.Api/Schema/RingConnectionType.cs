using Graph.Api.Analysis;

namespace Graph.Api.Schema;

/// <summary>The ring list, best first.</summary>
public sealed class RingConnectionType() : ConnectionGraphType<RingType, RingEdgeType, RingView>("RingConnection");
