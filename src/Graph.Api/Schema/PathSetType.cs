using Graph.Api.Model;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>The k shortest paths and every simple path up to the bound.</summary>
public sealed class PathSetType : ObjectGraphType<PathSetView>
{
    public PathSetType()
    {
        Name = "PathSet";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("shortest").Description("The k shortest loopless paths (Yen), shortest first.").Resolve(ctx => ctx.Source.Shortest);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("all").Description("Every simple path up to maxLength.").Resolve(ctx => ctx.Source.All);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("A cap on the search or on the number of paths was reached.").Resolve(ctx => ctx.Source.Truncated);
    }
}
