namespace Graph.Records.Rows;

/// <summary>
/// A party as a record names it: identity attributes as written (trimmed, empty → null), no
/// resolution yet. <see cref="Kind"/> follows the spec: explicit <c>_kind</c>, else company when
/// the id is a valid USCC, else person.
/// </summary>
public sealed record PartyRef(string Prefix, PartyKind Kind, string? Name, string? Id, string? Phone, string? Address)
{
    public bool IsEmpty => Name is null && Id is null && Phone is null && Address is null;
}
