using Graph.Storage.Reading;
using Graph.Storage.Values;

namespace Graph.Api.Services;

/// <summary>Finds a record by kind and number: as written through the index, else by its natural key (width-folded, upper case).</summary>
public static class RecordLocator
{
    public static int Find(IGraphReader reader, string label, string number)
    {
        if (NodeKinds.RecordNumberProperty.TryGetValue(label, out var property))
        {
            var labelId = reader.LabelId(label);
            var keyId = reader.PropertyKeyId(property);
            if (labelId >= 0 && keyId >= 0 && reader.HasIndex(labelId, keyId))
            {
                var found = reader.FindNodes(labelId, keyId, PropertyValue.From(number.Trim()));
                if (found.Length > 0)
                {
                    return found[0];
                }
            }
        }

        var byKey = reader.FindNodeByKey(label + ":" + TextNormaliser.Fold(number));
        return byKey >= 0 ? byKey : reader.FindNodeByKey(label + ":" + number.Trim());
    }
}
