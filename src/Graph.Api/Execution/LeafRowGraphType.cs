using GraphQLParser.AST;
using GraphQL.Types;

namespace Graph.Api.Execution;

/// <summary>
/// The graph type of the value nodes that carry <see cref="LeafRow"/>s (GraphQL.NET's value nodes need a scalar). Never
/// part of the schema, never parsed from input.
/// </summary>
public sealed class LeafRowGraphType : ScalarGraphType
{
    public static readonly LeafRowGraphType Instance = new();

    public LeafRowGraphType() => Name = "LeafRow";

    public override object? ParseLiteral(GraphQLValue value) => throw new NotSupportedException("Leaf rows are output only.");

    public override object? ParseValue(object? value) => throw new NotSupportedException("Leaf rows are output only.");

    public override object? Serialize(object? value) => value;
}
