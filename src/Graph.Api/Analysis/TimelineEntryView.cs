namespace Graph.Api.Analysis;

/// <summary>A dated event of a ring (filing, closing, acceptance, auction...).</summary>
public sealed record TimelineEntryView(DateOnly Date, string Kind, string Number, string Text);
