using Graph.Api.Services;

namespace Graph.Api.Store;

/// <summary>
/// What a node's label set says about it: the label names, the label it is drawn as, its kind, and the property its
/// caption is read from (<see cref="CaptionKey"/> is that property's id in one snapshot, -1 when no node has it).
/// </summary>
public sealed record NodeLabels(IReadOnlyList<string> Names, string Primary, string Kind, string CaptionProperty)
{
    public int CaptionKey { get; init; } = -1;

    public static NodeLabels Of(IReadOnlyList<string> names)
    {
        // The first label that is not a group label (Entity, Record), else the first group label.
        var primary = names.FirstOrDefault(n => !NodeKinds.GroupLabels.Contains(n)) ?? (names.Count > 0 ? names[0] : "Node");
        return new NodeLabels(names, primary, NodeKinds.KindOf(primary), NodeKinds.CaptionProperty(primary));
    }
}
