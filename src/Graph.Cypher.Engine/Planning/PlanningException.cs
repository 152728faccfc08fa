using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Text;

namespace Graph.Cypher.Engine.Planning;

/// <summary>A query the binder accepted but the planner cannot run; becomes a compile-time error with the position.</summary>
public sealed class PlanningException : Exception
{
    public PlanningException(string message, TextSpan span, string errorClass = "SemanticError", string? detail = null)
        : base(message)
    {
        Span = span;
        ErrorClass = errorClass;
        Detail = detail;
    }

    public PlanningException()
        : this("The query cannot be planned.", default(TextSpan))
    {
    }

    public PlanningException(string message)
        : this(message, default(TextSpan))
    {
    }

    public PlanningException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorClass = "SemanticError";
    }

    public const string Code = "CYP300";

    public TextSpan Span { get; }

    public string ErrorClass { get; }

    public string? Detail { get; }

    public QueryError ToError(SourceText text)
    {
        var location = new TextLocation(text, Span);
        return new QueryError(Code, Message)
        {
            ErrorClass = ErrorClass,
            Detail = Detail,
            IsCompileTime = true,
            Line = location.Line,
            Column = location.Column,
        };
    }
}
