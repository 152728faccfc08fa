using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Engine;

/// <summary>
/// A successful query. <paramref name="SideEffects"/> is the engine's own statistics when it keeps them;
/// null makes the harness diff <see cref="ITckEngine.Snapshot"/> before and after instead.
/// </summary>
public sealed record TckQueryResult(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<TckValue>> Rows,
    TckSideEffects? SideEffects = null) : TckQueryOutcome;
