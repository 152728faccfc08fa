namespace Graph.Records.Issues;

public enum IssueSeverity
{
    /// <summary>The row (or file) was not loaded.</summary>
    Error,

    /// <summary>The row was loaded; something in it deserves a look.</summary>
    Warning,
}
