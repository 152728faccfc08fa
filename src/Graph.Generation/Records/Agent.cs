using Graph.Generation.Entities;

namespace Graph.Generation.Records;

/// <summary>Who represents a party: a lawyer of a firm, or a citizen, employee or relative.</summary>
public sealed record Agent(Entity Person, string Kind, string? LawFirm, string? PhoneAs);
