namespace Graph.Api.Security;

/// <summary>What a caller may do; fields of the schema name the permission they need.</summary>
[Flags]
public enum Permission
{
    None = 0,
    Read = 1,
    Triage = 2,
    /// <summary>Resident id numbers and phone numbers in full (otherwise partly masked).</summary>
    SeeIdentifiers = 4,
    Cypher = 8,
    RunRules = 16,
    ReadAudit = 32,
    All = Read | Triage | SeeIdentifiers | Cypher | RunRules | ReadAudit,
}
