using Graph.Api.Model;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A company entity.</summary>
public sealed class CompanyType : ObjectGraphType<EntityView>
{
    public CompanyType()
    {
        Name = "Company";
        Description = "A company, keyed by its unified social credit code when it has a valid one.";
        Interface<EntityInterface>();
        IsTypeOf = value => value is EntityView { Kind: "company" };
        EntityFields.AddTo(this);
        Field<StringGraphType>("uscc").Description("Unified social credit code.").Resolve(ctx => ctx.Source.Identifiers.FirstOrDefault(i => i.Kind == "uscc")?.Value);
        Field<StringGraphType>("status").Resolve(ctx => ctx.Source.Properties.GetValueOrDefault("status")?.ToString());
        Field<StringGraphType>("industry").Resolve(ctx => ctx.Source.Properties.GetValueOrDefault("industry")?.ToString());
        Field<StringGraphType>("establishedOn").Resolve(ctx => ctx.Source.Properties.GetValueOrDefault("established_on")?.ToString());
        Field<IntGraphType>("employees").Resolve(ctx => PlainValues.Int(ctx.Source.Properties.GetValueOrDefault("employees")));
    }
}
