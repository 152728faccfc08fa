using Graph.Storage.Values;

namespace Graph.Cypher.Engine.Execution;

/// <summary>Conversion from the store's property values.</summary>
public readonly partial struct SlotValue
{
    public static SlotValue FromProperty(PropertyValue value) => value.Kind switch
    {
        PropertyKind.Null => Null,
        PropertyKind.Boolean => From(value.AsBoolean),
        PropertyKind.Integer => From(value.AsInteger),
        PropertyKind.Float => From(value.AsFloat),
        PropertyKind.String => From(value.AsString),
        PropertyKind.Date => Date(value.DateDays),
        PropertyKind.DateTime => From(value.AsDateTime),
        PropertyKind.StringList => FromStrings(value.AsStringList),
        _ => Null,
    };

    public PropertyValue ToProperty() => Kind switch
    {
        SlotKind.Boolean => PropertyValue.From(AsBoolean),
        SlotKind.Integer => PropertyValue.From(AsInteger),
        SlotKind.Float => PropertyValue.From(AsFloat),
        SlotKind.String => PropertyValue.From(AsString),
        SlotKind.Date => PropertyValue.From(DateOnly.FromDayNumber((int)(Bits + PropertyValue.EpochDayNumber))),
        SlotKind.DateTime => PropertyValue.From((DateTimeOffset)Reference!),
        _ => PropertyValue.Null,
    };

    private static SlotValue FromStrings(IReadOnlyList<string> strings)
    {
        var items = new SlotValue[strings.Count];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = From(strings[i]);
        }

        return From(items);
    }

    public override string ToString() => Kind switch
    {
        SlotKind.Null => "null",
        SlotKind.Boolean => AsBoolean ? "true" : "false",
        SlotKind.Integer => AsInteger.ToString(System.Globalization.CultureInfo.InvariantCulture),
        SlotKind.Float => AsFloat.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        SlotKind.String => "'" + AsString + "'",
        SlotKind.Node => "(#" + Bits + ")",
        SlotKind.Relationship => "[#" + Bits + "]",
        SlotKind.Path => AsPath.ToString(),
        SlotKind.List => "[" + string.Join(", ", AsList) + "]",
        SlotKind.Date => ToProperty().AsDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => ((DateTimeOffset)Reference!).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    };
}
