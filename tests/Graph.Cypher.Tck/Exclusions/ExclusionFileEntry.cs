namespace Graph.Cypher.Tck.Exclusions;

/// <summary>One raw entry of exclusions.json; <see cref="ExclusionList"/> checks it before use.</summary>
public sealed class ExclusionFileEntry
{
    public string? Feature { get; set; }

    public string? Scenario { get; set; }

    public string? Reason { get; set; }

    public string? Kind { get; set; }
}
