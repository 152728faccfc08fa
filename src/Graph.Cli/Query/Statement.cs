namespace Graph.Cli.Query;

/// <summary>One statement of a script, with where it starts (1-based) so errors can point into the file.</summary>
public sealed record Statement(string Text, int Line, int Column);
