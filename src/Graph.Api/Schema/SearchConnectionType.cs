using Graph.Api.Model;

namespace Graph.Api.Schema;

/// <summary>Search results, best first.</summary>
public sealed class SearchConnectionType() : ConnectionGraphType<SearchHitType, SearchHitEdgeType, SearchHitView>("SearchConnection");
