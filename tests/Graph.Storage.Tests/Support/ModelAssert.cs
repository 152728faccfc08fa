using System.Globalization;
using Graph.Storage.Reading;
using Graph.Storage.Values;

namespace Graph.Storage.Tests.Support;

/// <summary>Checks every answer of a reader against a <see cref="GraphModel"/>.</summary>
internal static class ModelAssert
{
    public static void Matches(GraphModel model, IGraphReader reader, IReadOnlyList<IndexSpec> indexes)
    {
        Assert.Equal(model.Nodes.Count, Enumerable.Range(0, reader.NodeCount).Count(reader.NodeExists));
        Assert.Equal(model.Relationships.Count, Enumerable.Range(0, reader.RelationshipCount).Count(reader.RelationshipExists));
        foreach (int tombstone in Enumerable.Range(0, reader.NodeCount).Where(n => !reader.NodeExists(n)))
        {
            Assert.Equal(-1, reader.FindNodeByKey(reader.NodeKey(tombstone)));
            Assert.False(model.Nodes.ContainsKey(reader.NodeKey(tombstone)));
        }

        Assert.Equal(-1, reader.FindNodeByKey("no such key"));
        foreach ((string key, ModelNode node) in model.Nodes)
        {
            int id = reader.FindNodeByKey(key);
            Assert.True(id >= 0, $"node {key} missing");
            Assert.Equal(key, reader.NodeKey(id));
            Assert.Equal(node.Labels.Order(StringComparer.Ordinal), Names(reader.LabelsOf(id), reader.Labels));
            Assert.All(node.Labels, label => Assert.True(reader.HasLabel(id, reader.LabelId(label))));
            Assert.Equal(Canonical(node.Properties), Canonical(reader.NodeProperties(id), reader));
            foreach ((string name, PropertyValue value) in node.Properties)
            {
                Assert.Equal(value, reader.NodeProperty(id, reader.PropertyKeyId(name)));
                Assert.Equal(ExpectedStringId(reader, value), reader.NodePropertyStringId(id, reader.PropertyKeyId(name)));
            }

            foreach (string name in reader.PropertyKeys.Where(name => !node.Properties.ContainsKey(name)))
            {
                Assert.Equal(StoredStringIds.Absent, reader.NodePropertyStringId(id, reader.PropertyKeyId(name)));
            }
        }

        Assert.Equal(StoredStringIds.Absent, reader.StringId("no such string ~"));

        foreach (string label in reader.Labels)
        {
            int[] ids = reader.NodesWithLabel(reader.LabelId(label)).ToArray();
            Assert.Equal(ids.Order(), ids);
            Assert.Equal(model.Nodes.Where(n => n.Value.Labels.Contains(label)).Select(n => n.Key).Order(StringComparer.Ordinal),
                ids.Select(reader.NodeKey).Order(StringComparer.Ordinal));
        }

        AdjacencyMatches(model, reader);
        RelationshipPropertiesMatch(model, reader);
        IndexesMatch(model, reader, indexes);
    }

    private static void AdjacencyMatches(GraphModel model, IGraphReader reader)
    {
        foreach (string key in model.Nodes.Keys)
        {
            int id = reader.FindNodeByKey(key);
            int totalOut = 0, totalIn = 0;
            foreach (string type in reader.RelationshipTypes)
            {
                int typeId = reader.RelationshipTypeId(type);
                string[] expectedOut = [.. model.Relationships.Keys.Where(r => r.Type == type && r.From == key).Select(r => r.To).Order(StringComparer.Ordinal)];
                string[] expectedIn = [.. model.Relationships.Keys.Where(r => r.Type == type && r.To == key).Select(r => r.From).Order(StringComparer.Ordinal)];
                CheckDirection(reader, id, typeId, Direction.Outgoing, expectedOut);
                CheckDirection(reader, id, typeId, Direction.Incoming, expectedIn);
                Assert.Equal(expectedOut.Length + expectedIn.Length, reader.Degree(id, typeId, Direction.Both));
                totalOut += expectedOut.Length;
                totalIn += expectedIn.Length;
            }

            Assert.Equal(totalOut, reader.Degree(id, -1, Direction.Outgoing));
            Assert.Equal(totalIn, reader.Degree(id, -1, Direction.Incoming));
        }
    }

    private static void CheckDirection(IGraphReader reader, int node, int typeId, Direction direction, string[] expected)
    {
        int[] neighbours = reader.Neighbours(node, typeId, direction).ToArray();
        int[] relationships = reader.RelationshipsOf(node, typeId, direction).ToArray();
        Assert.Equal(neighbours.Order(), neighbours);
        Assert.Equal(expected, neighbours.Select(reader.NodeKey).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, reader.Degree(node, typeId, direction));
        Assert.Equal(neighbours.Length, relationships.Length);
        for (int i = 0; i < relationships.Length; i++)
        {
            int relationship = relationships[i];
            Assert.Equal(typeId, reader.RelationshipType(relationship));
            bool outgoing = direction == Direction.Outgoing;
            Assert.Equal(node, outgoing ? reader.StartNode(relationship) : reader.EndNode(relationship));
            Assert.Equal(neighbours[i], outgoing ? reader.EndNode(relationship) : reader.StartNode(relationship));
        }
    }

    private static void RelationshipPropertiesMatch(GraphModel model, IGraphReader reader)
    {
        var expected = model.Relationships
            .Select(r => $"{r.Key.Type}|{r.Key.From}|{r.Key.To}|{r.Key.Discriminator}|{Canonical(r.Value)}")
            .Order(StringComparer.Ordinal);
        var actual = Enumerable.Range(0, reader.RelationshipCount).Where(reader.RelationshipExists)
            .Select(r => $"{reader.RelationshipTypes[reader.RelationshipType(r)]}|{reader.NodeKey(reader.StartNode(r))}|{reader.NodeKey(reader.EndNode(r))}|{reader.RelationshipDiscriminator(r)}|{Canonical(reader.RelationshipProperties(r), reader)}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
        foreach (int r in Enumerable.Range(0, reader.RelationshipCount).Where(reader.RelationshipExists))
        {
            foreach ((int key, PropertyValue value) in reader.RelationshipProperties(r))
            {
                Assert.Equal(ExpectedStringId(reader, value), reader.RelationshipPropertyStringId(r, key));
            }
        }
    }

    /// <summary>A string's id is the one the reader gives for its text (one id per distinct string); other values have none.</summary>
    private static int ExpectedStringId(IGraphReader reader, PropertyValue value)
    {
        if (value.Kind != PropertyKind.String)
        {
            return StoredStringIds.Unknown;
        }

        int id = reader.StringId(value.AsString);
        Assert.True(id >= 0, $"no id for the stored string {value.AsString}");
        return id;
    }

    private static void IndexesMatch(GraphModel model, IGraphReader reader, IReadOnlyList<IndexSpec> indexes)
    {
        foreach (IndexSpec spec in indexes)
        {
            int label = reader.LabelId(spec.Label);
            int key = reader.PropertyKeyId(spec.Property);
            if (label < 0 || key < 0)
            {
                continue;
            }

            var candidates = model.Nodes.Where(n => n.Value.Labels.Contains(spec.Label) && n.Value.Properties.ContainsKey(spec.Property)).ToList();
            foreach (PropertyValue value in candidates.Select(n => n.Value.Properties[spec.Property]).Distinct())
            {
                var expected = candidates.Where(n => n.Value.Properties[spec.Property].Equals(value)).Select(n => n.Key).Order(StringComparer.Ordinal);
                int[] found = reader.FindNodes(label, key, value).ToArray();
                Assert.Equal(expected, found.Select(reader.NodeKey).Order(StringComparer.Ordinal));
            }

            Assert.True(reader.FindNodes(label, key, PropertyValue.From("absent value ~")).IsEmpty);
        }
    }

    private static string[] Names(ReadOnlySpan<int> ids, IReadOnlyList<string> names)
    {
        var result = new string[ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            result[i] = names[ids[i]];
        }

        return [.. result.Order(StringComparer.Ordinal)];
    }

    private static string Canonical(IEnumerable<KeyValuePair<string, PropertyValue>> properties) =>
        string.Join(";", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value.Kind}:{Show(p.Value)}"));

    private static string Canonical(IEnumerable<KeyValuePair<int, PropertyValue>> properties, IGraphReader reader) =>
        Canonical(properties.Select(p => new KeyValuePair<string, PropertyValue>(reader.PropertyKeys[p.Key], p.Value)));

    private static string Show(PropertyValue value) =>
        value.Kind == PropertyKind.Float ? value.RawBits.ToString(CultureInfo.InvariantCulture) : value.ToString();
}
