using Graph.Api.Analysis;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A rule parameter.</summary>
public sealed class RuleParameterType : ObjectGraphType<RuleParameterView>
{
    public RuleParameterType()
    {
        Name = "RuleParameter";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Name);
        Field<StringGraphType>("default").Description("As a Cypher literal.").Resolve(ctx => ctx.Source.Default);
        Field<StringGraphType>("description").Resolve(ctx => ctx.Source.Description);
    }
}
