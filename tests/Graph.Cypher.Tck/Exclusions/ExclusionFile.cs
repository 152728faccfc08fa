namespace Graph.Cypher.Tck.Exclusions;

/// <summary>The JSON shape of exclusions.json, before validation.</summary>
public sealed class ExclusionFile
{
    public List<ExclusionFileEntry>? Exclusions { get; set; }
}
