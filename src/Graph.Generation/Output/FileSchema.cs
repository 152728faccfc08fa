namespace Graph.Generation.Output;

/// <summary>One record file of the spec: its columns, the natural key, and which columns carry typed values.</summary>
public sealed class FileSchema(string baseName, string[] columns, string[] keyColumns, string[] numericColumns, string[] dateColumns)
{
    public string BaseName => baseName;

    public IReadOnlyList<string> Columns => columns;

    public IReadOnlyList<string> KeyColumns => keyColumns;

    public IReadOnlyList<string> NumericColumns => numericColumns;

    public IReadOnlyList<string> DateColumns => dateColumns;

    public int IndexOf(string column)
    {
        var index = Array.IndexOf(columns, column);
        return index >= 0 ? index : throw new ArgumentException($"{baseName} has no column {column}", nameof(column));
    }

    public bool IsNumeric(int column) => Array.IndexOf(numericColumns, columns[column]) >= 0;
}
