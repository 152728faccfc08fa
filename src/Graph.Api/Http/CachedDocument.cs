using GraphQLParser.AST;

namespace Graph.Api.Http;

/// <summary>A parsed document and whether it has passed the full validation once.</summary>
public sealed class CachedDocument(GraphQLDocument document)
{
    private volatile bool _validated;

    public GraphQLDocument Document { get; } = document;

    public bool Validated => _validated;

    public void MarkValidated() => _validated = true;
}
