namespace Graph.Api.Analysis;

/// <summary>A record cited by a ring's evidence, with its main date and largest amount.</summary>
public sealed record RingRecordView(string Key, string Kind, string Number, DateOnly? Date, decimal? Amount);
