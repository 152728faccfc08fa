using Graph.Loading.Resolution;
using Graph.Records.Rows;
using Graph.Records.Schema;

namespace Graph.Loading.Mapping;

/// <summary>Relationships from a record to the places and records it points at, each with the row's <c>source</c>.</summary>
public static class RecordLinks
{
    /// <summary>To a Court / MediatorOrg / LawFirm named by an organisation name as written.</summary>
    public static string? ToOrganisation(MappingContext context, RecordRow row, string fromKey, string type, string label, string? name)
    {
        var placeKey = context.Place(label, "name", IdentityText.OrganisationName(name));
        Relate(context, row, fromKey, type, placeKey);
        return placeKey;
    }

    public static void ToRecord(MappingContext context, RecordRow row, string fromKey, string type, string label, string keyProperty, string? number) =>
        Relate(context, row, fromKey, type, context.RecordReference(label, keyProperty, number));

    public static void Relate(MappingContext context, RecordRow row, string fromKey, string type, string? toKey, string discriminator = "", PropertyList? extra = null)
    {
        if (toKey is null)
        {
            return;
        }

        var properties = new PropertyList().Set("source", context.Source(row));
        if (extra is not null)
        {
            properties.AddRange(extra);
        }

        context.Relate(type, fromKey, toKey, discriminator, properties);
    }

    /// <summary>Columns the record spec does not name, kept on whatever the row becomes (an edge, for edge-only files).</summary>
    public static PropertyList Extras(RecordRow row)
    {
        var schema = RecordSchemas.For(row.Kind);
        var extras = new PropertyList();
        foreach (var field in schema.ExtraFields(row))
        {
            extras.Set(field, row.Get(field));
        }

        return extras;
    }
}
