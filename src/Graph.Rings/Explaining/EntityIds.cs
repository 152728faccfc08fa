using Graph.Storage.Reading;
using Graph.Storage.Values;

namespace Graph.Rings.Explaining;

/// <summary>A party's resident id or unified social credit code (and name, kind) from the store, when no hit carried them.</summary>
internal sealed class EntityIds(IGraphReader reader)
{
    private readonly int _idNumber = reader.PropertyKeyId("id_number");
    private readonly int _uscc = reader.PropertyKeyId("uscc");
    private readonly int _name = reader.PropertyKeyId("name");
    private readonly int _company = reader.LabelId("Company");

    /// <summary>Kind, name and id of a Person or Company node, as the rules describe the parties they name.</summary>
    public (string Kind, string Name, string? Id)? Describe(int node)
    {
        if (!reader.NodeExists(node))
        {
            return null;
        }

        string kind = _company >= 0 && reader.HasLabel(node, _company) ? "company" : "person";
        PropertyValue name = _name < 0 ? PropertyValue.Null : reader.NodeProperty(node, _name);
        return (kind, name.Kind == PropertyKind.String ? name.AsString : reader.NodeKey(node), Of(node, kind));
    }

    public string? Of(int node, string kind)
    {
        int key = kind == "company" ? _uscc : _idNumber;
        if (key < 0 || !reader.NodeExists(node))
        {
            return null;
        }

        PropertyValue value = reader.NodeProperty(node, key);
        return value.Kind == PropertyKind.String && value.AsString.Length > 0 ? value.AsString : null;
    }
}
