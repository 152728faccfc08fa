using Graph.Loading.Resolution;
using Graph.Records.Identifiers;
using Graph.Records.Rows;
using Graph.Storage.Values;

namespace Graph.Loading.Mapping;

/// <summary>
/// Writes a resolved party: its Person/Company node (once per load: its properties depend only on
/// pass-1 evidence), the name variant and weak id it adds, and HAS_PHONE / HAS_ADDRESS to shared
/// Phone / Address nodes, each edge carrying the first record that gave it. The records that mention
/// an entity are its relationships (each with <c>source</c>), not a list on the node: an insurer or a
/// bank is mentioned by hundreds of thousands of records, and a list that long is neither readable
/// nor cheap to grow.
/// </summary>
internal static class EntityWriter
{
    public static void Write(MappingContext context, RecordRow row, PartyResolution resolution)
    {
        var key = resolution.Key;
        var batch = context.Batch;
        if (context.FirstTime(key))
        {
            batch.UpsertNode(key, Labels.Entity(resolution.Kind), EntityProperties(resolution));
        }

        if (resolution.Reference.Name is { } written && context.FirstTime(key, "name", written))
        {
            batch.AddToNodeList(key, "names", written);
        }

        if (resolution.InvalidId is { } invalid && context.FirstTime(key, "invalid", invalid))
        {
            batch.AddToNodeList(key, "invalid_ids", invalid);
            if (resolution.Kind == PartyKind.Company && resolution.IdValidity == IdValidity.BadCheckDigit && resolution.ValidId is null)
            {
                // Early USCCs can fail the check and still be real: keep the code, flagged — but only for a company known
                // by no valid code: a mention misspelling a registered company's code must not overwrite it.
                batch.UpsertNode(key, Labels.Entity(resolution.Kind),
                    new PropertyList().Set("uscc", invalid).Set("uscc_valid", false));
            }
        }

        Contact(context, row, key, GraphNames.HasPhone, context.Place(GraphNames.Phone, "number", resolution.Phone));
        Contact(context, row, key, GraphNames.HasAddress, context.Place(GraphNames.Address, "text", resolution.Address));
    }

    private static void Contact(MappingContext context, RecordRow row, string entityKey, string type, string? placeKey)
    {
        if (placeKey is not null && context.FirstTime(entityKey, placeKey))
        {
            context.Relate(type, entityKey, placeKey, "", new PropertyList().Set("source", context.Source(row)));
        }
    }

    private static PropertyList EntityProperties(PartyResolution resolution)
    {
        var properties = new PropertyList()
            .Set("name", resolution.Name)
            .Set("resolution", resolution.IsStrong ? "strong" : "weak");
        if (resolution.ValidId is { } id)
        {
            if (resolution.Kind == PartyKind.Company)
            {
                properties.Set("uscc", id).Set("uscc_valid", true);
            }
            else
            {
                properties.Set("id_number", id).Set("birth_date", PropertyValue.From(ResidentId.BirthDate(id)));
            }
        }

        return properties;
    }
}
