namespace Graph.Records.Issues;

/// <summary>A stable issue code, its severity and the message every report of it starts with.</summary>
public sealed record RecordErrorCode(string Code, IssueSeverity Severity, string Message);
