namespace Graph.Cypher.Tck.Scenarios;

/// <summary>
/// <c>Then the result should be ...</c>. A null <paramref name="Table"/> is <c>the result should be empty</c>,
/// which checks for no rows and says nothing about columns.
/// </summary>
public sealed record ExpectResultStep(int Line, ExpectedTable? Table, bool InOrder, bool IgnoreListOrder) : TckStep(Line);
