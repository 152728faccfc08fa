namespace Graph.Api.Analysis;

/// <summary>
/// One rule hit with keys instead of snapshot node numbers. <see cref="Id"/> is a hash of the rule and the keys it
/// names, so it is the same for the same match in every run and on every instance (cursors rely on it).
/// </summary>
public sealed record HitView(string Id, string RuleId, string Model, double Weight, string Text, IReadOnlyList<HitEntityView> Entities, IReadOnlyList<HitRecordView> Records);
