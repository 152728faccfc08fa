namespace Graph.Cli.Query;

/// <summary>How `graph cypher` prints results: a table for people, JSON and CSV for programs.</summary>
public enum ResultFormat
{
    Table,
    Json,
    Csv,
}
