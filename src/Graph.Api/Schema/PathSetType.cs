using Graph.Api.Model;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>The k shortest paths and every simple path up to the bound.</summary>
public sealed class PathSetType : ObjectGraphType<PathSetView>
{
    public PathSetType()
    {
        Name = "PathSet";
        // Counts are bounded by the paths field's k and maxPaths.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("shortest").Description("The k shortest loopless paths (Yen), shortest first.").WithComplexityImpact(1, 1).Resolve(ctx => ctx.Source.Shortest);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("all").Description("Every simple path up to maxLength.").WithComplexityImpact(1, 1).Resolve(ctx => ctx.Source.All);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("A cap on the search or on the number of paths was reached.").Resolve(ctx => ctx.Source.Truncated);
    }
}
