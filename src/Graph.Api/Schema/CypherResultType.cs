using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A Cypher query's columns and rows.</summary>
public sealed class CypherResultType : ObjectGraphType<CypherResultView>
{
    public CypherResultType()
    {
        Name = "CypherResult";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("columns").Resolve(ctx => ctx.Source.Columns);
        Field<NonNullGraphType<JsonGraphType>>("rows").Description("One array per row, one value per column; nodes as {id, labels, properties}.").Resolve(ctx => ctx.Source.Rows);
        Field<NonNullGraphType<IntGraphType>>("rowCount").Resolve(ctx => ctx.Source.Rows.Count);
        Field<NonNullGraphType<FloatGraphType>>("milliseconds").Resolve(ctx => ctx.Source.Milliseconds);
    }
}
