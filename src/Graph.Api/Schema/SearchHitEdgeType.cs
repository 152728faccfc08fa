using Graph.Api.Model;

namespace Graph.Api.Schema;

/// <summary>An edge of a search result list.</summary>
public sealed class SearchHitEdgeType() : EdgeGraphType<SearchHitType, SearchHitView>("SearchHitEdge");
