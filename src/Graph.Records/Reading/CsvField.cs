namespace Graph.Records.Reading;

/// <summary>Where a field's bytes sit in the current row (quotes excluded); escaped fields still hold their doubled quotes.</summary>
internal readonly record struct CsvField(int Start, int Length, bool HasEscapedQuotes);
