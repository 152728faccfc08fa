namespace Graph.Api.Analysis;

/// <summary>A screening rule as the catalog read it: header fields, parameters and the query text.</summary>
public sealed record RuleView(
    string Id,
    string Title,
    string Model,
    string Severity,
    string Meaning,
    IReadOnlyList<string> Signals,
    IReadOnlyList<RuleParameterView> Parameters,
    string Query,
    string File);
