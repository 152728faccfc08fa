namespace Graph.Api.Configuration;

/// <summary>Bounds on what one request may ask for.</summary>
public sealed class LimitOptions
{
    /// <summary>Request bodies above this get 413.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>GraphQL nesting depth (GraphQL.NET's complexity analyzer).</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Estimated cost of an operation (GraphQL.NET's complexity analyzer: list fields multiply their children).</summary>
    public double MaxComplexity { get; set; } = 50_000;

    /// <summary>Wall time of one request's execution.</summary>
    public double RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Wall time of one <c>cypher</c> query.</summary>
    public double CypherTimeoutSeconds { get; set; } = 10;

    /// <summary>Rows one <c>cypher</c> query may return.</summary>
    public int CypherMaxRows { get; set; } = 10_000;

    /// <summary>Largest page of any connection (<c>first</c>).</summary>
    public int MaxPageSize { get; set; } = 200;

    /// <summary>Most nodes a neighbourhood returns.</summary>
    public int MaxNeighbourhoodNodes { get; set; } = 2_000;

    /// <summary>Most paths one <c>paths</c> query returns.</summary>
    public int MaxPaths { get; set; } = 100;
}
