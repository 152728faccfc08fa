using Graph.Api.Security;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>Who the caller is to the service.</summary>
public sealed class CallerType : ObjectGraphType<Caller>
{
    public CallerType()
    {
        Name = "Caller";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Resolve(ctx => ctx.Source.Roles);
        Field<NonNullGraphType<BooleanGraphType>>("seesIdentifiers").Description("False: resident ids and phones come partly masked.").Resolve(ctx => ctx.Source.Can(Permission.SeeIdentifiers));
    }
}
