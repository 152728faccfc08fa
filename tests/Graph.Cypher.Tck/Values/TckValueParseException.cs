namespace Graph.Cypher.Tck.Values;

/// <summary>A result-table cell that is not a TCK value; the message names the cell and the column of the problem.</summary>
public sealed class TckValueParseException(string message) : FormatException(message);
