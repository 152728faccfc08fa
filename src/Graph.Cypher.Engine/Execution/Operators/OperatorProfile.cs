using System.Diagnostics;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>What PROFILE records per operator: rows produced and time spent including its inputs.</summary>
public sealed class OperatorProfile
{
    public long Rows { get; internal set; }

    public long ElapsedTicks { get; internal set; }

    public TimeSpan Elapsed => TimeSpan.FromSeconds((double)ElapsedTicks / Stopwatch.Frequency);
}
