namespace Graph.Cypher.Tck.Values;

/// <summary>The graph-element half of the cell grammar: nodes, relationships and paths.</summary>
public sealed partial class TckValueParser
{
    private TckNode ReadNode()
    {
        Expect('(');
        var labels = new List<string>();
        while (TryConsume(':'))
        {
            labels.Add(ReadName());
        }

        var properties = ReadOptionalProperties();
        Expect(')');
        return new TckNode(labels, properties);
    }

    private TckRelationship ReadRelationship()
    {
        Expect('[');
        Expect(':');
        var type = ReadName();
        var properties = ReadOptionalProperties();
        Expect(']');
        return new TckRelationship(type, properties);
    }

    private TckPath ReadPath()
    {
        Expect('<');
        var start = ReadNode();
        var segments = new List<TckPathSegment>();
        while (!TryConsume('>'))
        {
            var pointsBackward = TryConsume('<');
            Expect('-');
            var relationship = ReadRelationship();
            Expect('-');
            var pointsForward = TryConsume('>');
            if (pointsForward == pointsBackward)
            {
                throw Error("a path relationship needs exactly one direction");
            }

            segments.Add(new TckPathSegment(relationship, pointsForward, ReadNode()));
        }

        return new TckPath(start, segments);
    }
}
