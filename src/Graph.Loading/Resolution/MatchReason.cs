namespace Graph.Loading.Resolution;

/// <summary>
/// Why a party reference landed on its entity: the <c>matched</c> property on party relationships.
/// Values are part of the graph model (docs/graph-model.md), so rules may filter on them.
/// </summary>
public static class MatchReason
{
    public const string Id = "id";
    public const string NamePhone = "name+phone";
    public const string NameAddress = "name+address";
    public const string NameId = "name+id";
    public const string Name = "name";
    public const string New = "new";

    public static IReadOnlyList<string> All { get; } = [Id, NamePhone, NameAddress, NameId, Name, New];
}
