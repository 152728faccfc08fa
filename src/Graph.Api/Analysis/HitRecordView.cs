namespace Graph.Api.Analysis;

/// <summary>A record cited by a hit: node key, kind (case, claim, ...) and number.</summary>
public sealed record HitRecordView(string Key, string Kind, string Number);
