using Graph.Storage.Values;

namespace Graph.Storage.Tests.Support;

internal sealed class ModelNode
{
    public HashSet<string> Labels { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, PropertyValue> Properties { get; } = new(StringComparer.Ordinal);
}
