using Graph.Api.Services;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A name and a count.</summary>
public sealed class CountType : ObjectGraphType<CountView>
{
    public CountType()
    {
        Name = "Count";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => ctx.Source.Count);
    }
}
