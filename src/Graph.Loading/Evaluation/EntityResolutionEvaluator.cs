using Graph.Loading.Loading;
using Graph.Loading.Resolution;

namespace Graph.Loading.Evaluation;

/// <summary>
/// Scores entity resolution against a ground truth. Use it as the <see cref="IResolutionSink"/> of a
/// load or of <see cref="DatasetLoader.ResolveOnly"/>, then read <see cref="Result"/>. Pairwise
/// precision and recall come from the contingency table of (true entity, predicted entity) counts,
/// so the cost is linear in references, never quadratic.
/// </summary>
public sealed class EntityResolutionEvaluator : IResolutionSink
{
    private readonly Dictionary<ReferenceId, int> _truth = [];
    private readonly HashSet<ReferenceId> _seen = [];
    private readonly Dictionary<string, int> _trueIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _predictedIds = new(StringComparer.Ordinal);
    private readonly Dictionary<long, long> _cells = [];
    private long _withoutTruth;

    public EntityResolutionEvaluator(IEnumerable<KeyValuePair<ReferenceId, string>> truth)
    {
        foreach (var (reference, entity) in truth)
        {
            _truth[reference] = Intern(_trueIds, entity);
        }
    }

    public static EntityResolutionEvaluator FromReferencesFile(string path) => new(ReferencesFile.Read(path));

    /// <summary>Resolves a dataset folder without a store and scores it against the generator's references file.</summary>
    public static ResolutionQuality EvaluateDataset(
        string datasetDirectory,
        string referencesPath,
        ResolverOptions? options = null,
        IProgress<LoadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var evaluator = FromReferencesFile(referencesPath);
        DatasetLoader.ResolveOnly(datasetDirectory, evaluator, options, progress, cancellationToken);
        return evaluator.Result();
    }

    public void Assign(ResolutionAssignment assignment)
    {
        var reference = new ReferenceId(assignment.File, assignment.Line, assignment.Prefix);
        if (!_truth.TryGetValue(reference, out var trueId) || !_seen.Add(reference))
        {
            // Not in the answer key (or a repeat): counted, never scored.
            _withoutTruth++;
            return;
        }

        var predicted = Intern(_predictedIds, assignment.EntityKey);
        var cell = ((long)trueId << 32) | (uint)predicted;
        _cells[cell] = _cells.GetValueOrDefault(cell) + 1;
    }

    public ResolutionQuality Result() => ContingencyTable.Score(_cells, _truth.Count - _seen.Count, _withoutTruth);

    private static int Intern(Dictionary<string, int> ids, string value)
    {
        if (!ids.TryGetValue(value, out var id))
        {
            id = ids.Count;
            ids.Add(value, id);
        }

        return id;
    }
}
