namespace Graph.Rules;

/// <summary>
/// One match of a rule, in the shape every consumer (ring detection, case list, exports) builds on: who is involved,
/// which records show it, how strong it is, and the rule's explanation filled with the match's facts.
/// </summary>
public sealed record RuleHit(string RuleId, string Model, double Weight, IReadOnlyList<HitEntity> Entities, IReadOnlyList<HitRecord> Records, string Text);
