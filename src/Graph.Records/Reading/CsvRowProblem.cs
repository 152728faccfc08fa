namespace Graph.Records.Reading;

/// <summary>Why a CSV row could not be tokenised; <see cref="Column"/> is set when the fault is on the row's first line.</summary>
internal sealed record CsvRowProblem(string Code, string Detail, int? Column, string Raw);
