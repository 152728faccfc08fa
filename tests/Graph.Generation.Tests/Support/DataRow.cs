namespace Graph.Generation.Tests.Support;

/// <summary>One readable data row: file, 1-based line number, values by column (missing = absent).</summary>
public sealed record DataRow(string File, long Line, IReadOnlyDictionary<string, string?> Values)
{
    public string? this[string column] => Values.TryGetValue(column, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
