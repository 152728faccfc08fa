namespace Graph.Storage.Reading;

/// <summary>The answers of <see cref="IGraphReader.StringId"/> and the property string-id reads that are not ids.</summary>
public static class StoredStringIds
{
    /// <summary>No such string is stored, or the element has no value for the key.</summary>
    public const int Absent = -1;

    /// <summary>The reader cannot answer by id (the value is not a string, or strings are not interned): read the value.</summary>
    public const int Unknown = -2;
}
