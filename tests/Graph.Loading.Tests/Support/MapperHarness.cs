using Graph.Loading.Mapping;
using Graph.Loading.Resolution;
using Graph.Records.Rows;

namespace Graph.Loading.Tests.Support;

/// <summary>Runs rows through both resolution passes and their mappers into a <see cref="RecordedGraph"/>.</summary>
internal static class MapperHarness
{
    public static RecordedGraph Map(params RecordRow[] rows) => Map(new EntityResolver(), rows);

    public static RecordedGraph Map(EntityResolver resolver, params RecordRow[] rows)
    {
        var parties = new List<PartyRef>();
        foreach (var row in rows)
        {
            RecordMappers.For(row.Kind).CollectParties(row, parties);
        }

        foreach (var party in parties)
        {
            resolver.Observe(party);
        }

        resolver.Seal();
        var context = new MappingContext(resolver);
        var graph = new RecordedGraph();
        foreach (var row in rows)
        {
            RecordMappers.For(row.Kind).Map(row, context);
        }

        graph.Apply(context.Batch);
        return graph;
    }
}
