using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Planning;

/// <summary>
/// What the planner's choices rest on — the most selective start label, the cheaper end to expand
/// from, the order to join pattern parts: label sizes (exact, from the label lists) and average
/// degrees per (label, type set, direction), sampled from evenly spaced nodes and cached per snapshot.
/// Safe to share between threads: plans of concurrent queries on one snapshot read the same instance.
/// </summary>
public sealed class GraphStatistics
{
    /// <summary>What the planner samples per degree: enough for EXPLAIN's rough figures, cheap on every plan.</summary>
    public const int PlannerSampleSize = 128;

    private static readonly ConditionalWeakTable<IGraphReader, GraphStatistics> PerSnapshot = [];

    private readonly IGraphReader _reader;
    private readonly int _sampleSize;
    private readonly ConcurrentDictionary<(string? Label, string Types, Direction Direction), double> _degrees = new();

    public GraphStatistics(IGraphReader reader, int sampleSize = 512)
    {
        _reader = reader;
        _sampleSize = Math.Max(1, sampleSize);
    }

    /// <summary>
    /// The planner's statistics of a snapshot, built once and kept as long as the snapshot lives, so that planning
    /// many queries on one snapshot samples each degree once rather than once per plan.
    /// </summary>
    public static GraphStatistics Of(IGraphReader snapshot) =>
        PerSnapshot.GetValue(snapshot, reader => new GraphStatistics(reader, PlannerSampleSize));

    /// <summary>Nodes carrying the label, or every node id when the label is null.</summary>
    public long NodeCount(string? label = null)
    {
        if (label is null)
        {
            return _reader.NodeCount;
        }

        int id = _reader.LabelId(label);
        return id < 0 ? 0 : _reader.NodesWithLabel(id).Length;
    }

    /// <summary>Average relationships per node of the label (any node when null) over the types (all when empty) in the direction.</summary>
    public double AverageDegree(string? label, IReadOnlyList<string> types, Direction direction)
    {
        var key = (label, string.Join('|', types), direction);
        if (!_degrees.TryGetValue(key, out double degree))
        {
            // Two threads may both sample a new key; they compute the same figure.
            degree = SampleDegree(label, types, direction);
            _degrees[key] = degree;
        }

        return degree;
    }

    /// <summary>Rows after expanding <paramref name="inputRows"/> nodes of the label one step.</summary>
    public double EstimateExpand(double inputRows, string? fromLabel, IReadOnlyList<string> types, Direction direction) =>
        inputRows * AverageDegree(fromLabel, types, direction);

    private double SampleDegree(string? label, IReadOnlyList<string> types, Direction direction)
    {
        int labelId = label is null ? -1 : _reader.LabelId(label);
        ReadOnlySpan<int> labelled = labelId >= 0 ? _reader.NodesWithLabel(labelId) : [];
        int population = label is null ? _reader.NodeCount : labelled.Length;
        if (population == 0)
        {
            return 0;
        }

        int[] typeIds = ResolveTypes(types);
        int samples = Math.Min(_sampleSize, population);
        long total = 0;
        for (int i = 0; i < samples; i++)
        {
            int index = (int)((long)i * population / samples);
            int node = label is null ? index : labelled[index];
            foreach (int type in typeIds)
            {
                total += _reader.Degree(node, type, direction);
            }
        }

        return (double)total / samples;
    }

    private int[] ResolveTypes(IReadOnlyList<string> types)
    {
        if (types.Count == 0)
        {
            return [-1];
        }

        var ids = new List<int>();
        foreach (string type in types)
        {
            int id = _reader.RelationshipTypeId(type);
            if (id >= 0)
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }
}
