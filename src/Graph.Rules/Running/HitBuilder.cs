using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Rules.Model;
using Graph.Rules.Parsing;
using Graph.Storage.Reading;
using Graph.Storage.Values;

namespace Graph.Rules.Running;

/// <summary>
/// Turns a result row (entities, records, weight, facts) into a <see cref="RuleHit"/>, reading names, ids and natural
/// keys from the snapshot. Nodes are sorted by what they are, not by the column they came in: a Person in the records
/// list is still an entity; nodes that are neither (a Phone, a Court) are left out — they belong in the facts.
/// </summary>
public sealed class HitBuilder
{
    private readonly IGraphReader _graph;
    private readonly int _person;
    private readonly int _company;
    private readonly int _name;
    private readonly int _idNumber;
    private readonly int _uscc;
    private readonly Dictionary<int, string> _recordKinds = [];
    private readonly Dictionary<int, int> _recordKeys = [];

    public HitBuilder(IGraphReader graph)
    {
        _graph = graph;
        _person = graph.LabelId("Person");
        _company = graph.LabelId("Company");
        _name = graph.PropertyKeyId("name");
        _idNumber = graph.PropertyKeyId("id_number");
        _uscc = graph.PropertyKeyId("uscc");
        foreach (var (label, kind) in GraphModelVocabulary.RecordKinds)
        {
            var id = graph.LabelId(label);
            if (id >= 0)
            {
                _recordKinds[id] = kind;
                _recordKeys[id] = GraphModelVocabulary.RecordKeyProperties.TryGetValue(label, out var key) ? graph.PropertyKeyId(key) : -1;
            }
        }
    }

    public RuleHit Build(RuleDefinition rule, IReadOnlyList<CypherValue> row)
    {
        var entities = new List<HitEntity>();
        var records = new List<HitRecord>();
        var seen = new HashSet<int>();
        foreach (var node in Nodes(row[0]).Concat(Nodes(row[1])).Where(seen.Add))
        {
            if (Entity(node) is { } entity)
            {
                entities.Add(entity);
            }
            else if (Record(node) is { } record)
            {
                records.Add(record);
            }
        }

        // NaN or infinity would break every consumer that sorts or serialises weights.
        var weight = row[2].IsNumber && double.IsFinite(row[2].AsNumber) ? row[2].AsNumber : 0;
        var facts = row[3].Kind == CypherValueKind.Map ? row[3].AsMap : CypherMap.Empty;
        var text = ExplainTemplate.Fill(rule.ExplainTemplate, key => facts.TryGetValue(key, out var value) ? FactText.Format(value, NodeName) : null);
        return new RuleHit(rule.Id, rule.Model, weight, entities, records, text);
    }

    private static IEnumerable<int> Nodes(CypherValue value) => value.Kind switch
    {
        CypherValueKind.Node => [value.AsNodeId],
        CypherValueKind.List => value.AsList.SelectMany(Nodes),
        _ => [],
    };

    private HitEntity? Entity(int node)
    {
        if (_person >= 0 && _graph.HasLabel(node, _person))
        {
            return new HitEntity(node, "person", Text(node, _name) ?? _graph.NodeKey(node), Text(node, _idNumber));
        }

        if (_company >= 0 && _graph.HasLabel(node, _company))
        {
            return new HitEntity(node, "company", Text(node, _name) ?? _graph.NodeKey(node), Text(node, _uscc));
        }

        return null;
    }

    private HitRecord? Record(int node)
    {
        foreach (var label in _graph.LabelsOf(node))
        {
            if (_recordKinds.TryGetValue(label, out var kind))
            {
                var keyProperty = _recordKeys[label];
                var key = keyProperty >= 0 ? Text(node, keyProperty) : null;
                return new HitRecord(node, kind, key ?? WithoutLabel(_graph.NodeKey(node), _graph.Labels[label]));
            }
        }

        return null;
    }

    private string NodeName(int node) => Text(node, _name) ?? Record(node)?.Key ?? _graph.NodeKey(node);

    private string? Text(int node, int key)
    {
        if (key < 0)
        {
            return null;
        }

        var value = _graph.NodeProperty(node, key);
        return value.Kind == PropertyKind.String ? value.AsString : null;
    }

    /// <summary>"Bid:600000000003|张三|..." → "600000000003|张三|...": the loader's key without its label prefix (other keys as they are).</summary>
    private static string WithoutLabel(string nodeKey, string label) =>
        nodeKey.StartsWith(label + ":", StringComparison.Ordinal) ? nodeKey[(label.Length + 1)..] : nodeKey;
}
