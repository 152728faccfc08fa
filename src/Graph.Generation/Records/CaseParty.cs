using Graph.Generation.Entities;

namespace Graph.Generation.Records;

/// <summary>A party line of a case; PhoneAs/AddressAs let a ring write one member's contact on another's line.</summary>
public sealed record CaseParty(string Role, Entity Party, Agent? Agent = null, string? PhoneAs = null, string? AddressAs = null);
