namespace Graph.LoadTest;

/// <summary>The query kinds measured: one entity, a depth-2 neighbourhood, and the first 20 rings with their members.</summary>
public sealed record Scenario(string Name, string Query, bool NeedsEntity)
{
    public static readonly Scenario Entity = new(
        "entity",
        "query E($id: ID!) { entity(id: $id) { id kind name names identifiers { kind value } } }",
        true);

    public static readonly Scenario Neighborhood2 = new(
        "neighborhood2",
        "query N($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated nodes { id kind caption depth degree } edges { id type source target } } }",
        true);

    public static readonly Scenario Rings20 = new(
        "rings20",
        "{ rings(first: 20) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id score models amount members { id kind name hits entity { id name } } } } } }",
        false);

    public static IReadOnlyList<string> Names { get; } = [Entity.Name, Neighborhood2.Name, Rings20.Name];

    public static Scenario ByName(string name) => name switch
    {
        "entity" => Entity,
        "neighborhood2" => Neighborhood2,
        "rings20" => Rings20,
        _ => throw new ArgumentException("unknown scenario " + name),
    };
}
