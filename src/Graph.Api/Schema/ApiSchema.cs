using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>The GraphQL schema, code-first: one graph type per file in this folder.</summary>
public sealed class ApiSchema : GraphQL.Types.Schema
{
    public ApiSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "Correlation analysis of court, bankruptcy, auction, tax, insurance and registry records for false-litigation supervision.";
        RegisterType(typeof(PersonType));
        RegisterType(typeof(CompanyType));
    }
}
