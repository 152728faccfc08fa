using Graph.Cypher.Engine.Execution;
using Graph.Storage.Reading;

namespace Graph.Cli.Query;

/// <summary>Prints one successful result; <paramref name="graph"/> is the snapshot nodes and relationships are read from.</summary>
public interface IResultWriter
{
    void Write(QueryResult result, IGraphReader graph);
}
