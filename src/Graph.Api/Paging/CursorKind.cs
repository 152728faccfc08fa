namespace Graph.Api.Paging;

/// <summary>
/// Which connection a cursor belongs to. The kind is inside the encrypted cursor, so a cursor of one list is refused
/// by another instead of being read as a position it never was.
/// </summary>
public enum CursorKind
{
    Ring,
    RuleHit,
    Search,
    Audit,
}
