using System.Diagnostics;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>
/// A physical operator, pulled one row at a time (see docs/adr/003-execution-model.md).
/// <see cref="Next"/> leaves its row in <see cref="QueryContext.Row"/>; <see cref="Open"/>
/// (re)starts the operator and its inputs, which Apply uses to rerun a subtree per outer row.
/// </summary>
public abstract class Operator
{
    private readonly Operator[] _children;

    protected Operator(params Operator[] children)
    {
        _children = children;
    }

    public IReadOnlyList<Operator> Children => _children;

    /// <summary>The operator's name in EXPLAIN output.</summary>
    public abstract string Name { get; }

    /// <summary>Arguments shown after the name in EXPLAIN output.</summary>
    public virtual string Details => string.Empty;

    /// <summary>The planner's estimate of rows produced over the whole query; NaN when unknown.</summary>
    public double EstimatedRows { get; set; } = double.NaN;

    public OperatorProfile Profile { get; } = new();

    public void Open(QueryContext context)
    {
        for (int i = 0; i < _children.Length; i++)
        {
            _children[i].Open(context);
        }

        Reset(context);
    }

    public bool Next(QueryContext context)
    {
        context.Guard.Tick();
        if (!context.Profiling)
        {
            return Produce(context);
        }

        long started = Stopwatch.GetTimestamp();
        bool produced = Produce(context);
        Profile.ElapsedTicks += Stopwatch.GetTimestamp() - started;
        if (produced)
        {
            Profile.Rows++;
        }

        return produced;
    }

    /// <summary>Gives back pooled buffers once the query is over; the runner calls it even after a failure.</summary>
    public void Close()
    {
        for (int i = 0; i < _children.Length; i++)
        {
            _children[i].Close();
        }

        Release();
    }

    protected virtual void Release()
    {
    }

    /// <summary>Clears per-run state; the children are already open.</summary>
    protected abstract void Reset(QueryContext context);

    /// <summary>Writes the next row into the context's slots, or returns false when exhausted.</summary>
    protected abstract bool Produce(QueryContext context);
}
