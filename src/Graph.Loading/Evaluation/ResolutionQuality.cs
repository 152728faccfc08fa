namespace Graph.Loading.Evaluation;

/// <summary>
/// Pairwise quality of entity resolution over references: a pair of references is predicted when
/// both got the same entity key, true when both mean the same generated entity.
/// </summary>
public sealed record ResolutionQuality(
    long References,
    long TruthWithoutAssignment,
    long AssignmentsWithoutTruth,
    long TrueEntities,
    long PredictedEntities,
    long TruePairs,
    long PredictedPairs,
    long CorrectPairs,
    long TrueEntitiesSplit,
    long PredictedEntitiesOverMerged)
{
    /// <summary>Correct pairs over predicted pairs; 1 when nothing was merged.</summary>
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;

    /// <summary>Correct pairs over true pairs; 1 when no two references mean the same entity.</summary>
    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
