using Graph.Records.Rows;

namespace Graph.Loading.Mapping;

/// <summary>Maps the rows of one record kind onto the graph model (docs/graph-model.md).</summary>
public interface IRecordMapper
{
    RecordKind Kind { get; }

    /// <summary>The party references the row names, for resolution's pass 1; the same ones <see cref="Map"/> resolves.</summary>
    void CollectParties(RecordRow row, List<PartyRef> parties);

    /// <summary>Adds the row's nodes and relationships to the context's batch.</summary>
    void Map(RecordRow row, MappingContext context);
}
