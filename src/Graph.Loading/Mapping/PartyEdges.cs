using Graph.Loading.Resolution;
using Graph.Records.Rows;

namespace Graph.Loading.Mapping;

/// <summary>The provenance every party relationship carries: how the reference was resolved and what it said.</summary>
public static class PartyEdges
{
    public static PropertyList Provenance(MappingContext context, PartyResolution resolution, RecordRow row)
    {
        var reference = resolution.Reference;
        return new PropertyList(8)
            .Set("source", context.Source(row))
            .Set("matched", resolution.Matched)
            .Set("ref_name", reference.Name)
            .Set("ref_id", reference.Id)
            .Set("ref_phone", reference.Phone)
            .Set("ref_address", reference.Address);
    }

    /// <summary>Adds <paramref name="type"/> from the party to <paramref name="toKey"/> with provenance and extra properties.</summary>
    public static void Link(MappingContext context, RecordRow row, PartyResolution? party, string type, string? toKey, string discriminator = "", PropertyList? extra = null)
    {
        if (party is null || toKey is null)
        {
            return;
        }

        var properties = Provenance(context, party, row);
        if (extra is not null)
        {
            properties.AddRange(extra);
        }

        context.Relate(type, party.Key, toKey, discriminator, properties);
    }
}
