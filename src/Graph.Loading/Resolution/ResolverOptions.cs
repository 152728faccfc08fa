namespace Graph.Loading.Resolution;

/// <summary>Knobs of entity resolution; the defaults are the measured ones (docs/adr/002-entity-resolution.md).</summary>
public sealed record ResolverOptions
{
    /// <summary>
    /// A phone, address or id used with more distinct names than this is a hub (law firm switchboard,
    /// apartment compound, placeholder id) and never counts as evidence that two references are one party.
    /// </summary>
    public int HubThreshold { get; init; } = 3;

    public static ResolverOptions Default { get; } = new();
}
