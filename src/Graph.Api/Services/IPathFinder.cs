using Graph.Api.Model;
using Graph.Api.Store;

namespace Graph.Api.Services;

/// <summary>Paths between two nodes of a snapshot; null when either node does not exist.</summary>
public interface IPathFinder
{
    PathSetView? Find(GraphSnapshot snapshot, string fromKey, string toKey, PathQuery query, CancellationToken cancellation);
}
