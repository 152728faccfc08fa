namespace Graph.Rings.Reports;

/// <summary>A dated event of the ring: a record's filing, closing, issue, acceptance, auction...</summary>
public sealed record TimelineEntry(DateOnly Date, string Kind, string Key, string Text);
