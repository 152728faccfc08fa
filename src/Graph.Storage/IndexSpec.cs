namespace Graph.Storage;

/// <summary>An exact-match index on one property of nodes with one label, e.g. (Case, case_no).</summary>
public readonly record struct IndexSpec(string Label, string Property)
{
    public override string ToString() => $"{Label}.{Property}";
}
