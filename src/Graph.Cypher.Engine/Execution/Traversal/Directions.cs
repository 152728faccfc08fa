using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution.Traversal;

internal static class Directions
{
    public static Direction Reverse(Direction direction) => direction switch
    {
        Direction.Outgoing => Direction.Incoming,
        Direction.Incoming => Direction.Outgoing,
        _ => Direction.Both,
    };

    public static string Arrow(Direction direction, string relationship) => direction switch
    {
        Direction.Outgoing => $"-[{relationship}]->",
        Direction.Incoming => $"<-[{relationship}]-",
        _ => $"-[{relationship}]-",
    };
}
