namespace Graph.Rings.Reports;

/// <summary>A party in the ring.</summary>
/// <param name="NodeId">The store node (valid for the report's store version).</param>
/// <param name="Kind">"person" or "company".</param>
/// <param name="Id">Resident id or unified social credit code when known, else null.</param>
/// <param name="Hits">How many pieces of evidence name this member.</param>
public sealed record RingMember(int NodeId, string Kind, string Name, string? Id, int Hits);
