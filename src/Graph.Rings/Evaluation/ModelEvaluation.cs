namespace Graph.Rings.Evaluation;

/// <summary>
/// Figures for one fraud model (or "all"). Ring precision: listed rings put under the model that match a planted
/// ring, of the listed rings put under it (a matching ring goes under the planted ring's model, another under its
/// own strongest model); ring recall: planted rings of the model found. Ring precision counts listed rings, ring
/// recall planted rings, so the two true-positive counts can differ.
/// </summary>
public sealed record ModelEvaluation(string Model, Figures RingPrecision, Figures RingRecall, Figures Members);
