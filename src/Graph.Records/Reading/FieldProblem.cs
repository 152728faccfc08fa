namespace Graph.Records.Reading;

/// <summary>A problem <see cref="RowValidator"/> found in one field; the reader turns it into a <see cref="Issues.RecordIssue"/>.</summary>
public readonly record struct FieldProblem(string Code, string Field, string Detail);
