using Graph.Api.Model;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A person entity.</summary>
public sealed class PersonType : ObjectGraphType<EntityView>
{
    public PersonType()
    {
        Name = "Person";
        Description = "A person, keyed by a valid resident id (strong) or by name and evidence (weak).";
        Interface<EntityInterface>();
        IsTypeOf = value => value is EntityView { Kind: "person" };
        EntityFields.AddTo(this);
        Field<StringGraphType>("idNumber").Description("Resident id number (masked for roles without the right to see it).")
            .Resolve(ctx => ctx.Api().Identifier(ctx.Source.Identifiers.FirstOrDefault(i => i.Kind == "id_number")?.Value));
        Field<StringGraphType>("birthDate").Resolve(ctx => ctx.Source.Properties.GetValueOrDefault("birth_date")?.ToString());
    }
}
