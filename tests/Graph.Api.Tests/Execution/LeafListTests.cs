using Graph.Api.Execution;
using Graph.Api.Hosting;
using Graph.Api.Schema;
using Graph.Api.Security;
using Graph.Api.Tests.Support;
using GraphQL;
using GraphQL.Execution;

namespace Graph.Api.Tests.Execution;

/// <summary>
/// Lists of nodes and edges asking only for leaves are written without per-field execution: the answers must be the
/// very bytes GraphQL.NET's own execution gives (field order, aliases, fragments, @skip/@include, masking by role).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class LeafListTests(ApiFixture fixture)
{
    public static TheoryData<string, string> Queries => new()
    {
        { ApiServer.InvestigatorKey, "query N($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated nodes { id kind caption depth degree } edges { id type source target } } }" },
        { ApiServer.RuleAuthorKey, "query N($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated nodes { id kind caption depth degree } edges { id type source target } } }" },
        { ApiServer.InvestigatorKey, "query N($id: ID!) { neighborhood(id: $id, depth: 2) { edges { target t: type ...E source } nodes { ... on GraphNode { caption @include(if: true) depth } kind @skip(if: true) id c: caption degree @include(if: false) } } } fragment E on GraphEdge { id type }" },
        { ApiServer.RuleAuthorKey, "query N($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { caption labels } edges { __typename id } } }" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Lists_of_leaves_read_as_GraphQL_NET_writes_them(string key, string query)
    {
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);
        var variables = new { id = person.Id };

        var served = await fixture.Server.Client(key).PostAsync(query, variables);

        Assert.Equal(await ReferenceAsync(key, query, $"{{\"id\":\"{person.Id}\"}}"), served.Text);
    }

    [Fact]
    public async Task Paths_write_their_nodes_and_edges_as_GraphQL_NET_does()
    {
        var ring = await Samples.RingAsync(fixture.Server);
        const string query = "query P($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxLength: 4, k: 3) { shortest { length nodes { id caption depth } edges { type source target } } } }";

        var served = await fixture.Server.Client().PostAsync(query, new { a = ring.Members[0], b = ring.Members[1] });

        Assert.Equal(await ReferenceAsync(ApiServer.InvestigatorKey, query, $"{{\"a\":\"{ring.Members[0]}\",\"b\":\"{ring.Members[1]}\"}}"), served.Text);
    }

    [Fact]
    public async Task Only_lists_asking_for_leaves_alone_are_written_from_their_items()
    {
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);
        var serializer = fixture.Server.Get<IGraphQLTextSerializer>();

        var result = await fixture.Server.Get<IDocumentExecuter<ApiSchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = "query N($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id caption } edges { id labels: type properties } } }",
            Variables = serializer.Deserialize<Inputs>($"{{\"id\":\"{person.Id}\"}}"),
            UserContext = new ApiRequestContext(new Caller("reference", ["investigator"], Roles.PermissionsOf(["investigator"])), fixture.Server.Get<ApiServices>()),
            RequestServices = fixture.Server.Services,
        });

        var neighbourhood = (ObjectExecutionNode)((ObjectExecutionNode)result.Data!).SubFields!.Single();
        var lists = neighbourhood.SubFields!.Cast<ArrayExecutionNode>().ToList();
        Assert.NotEmpty(lists[0].Items!);
        Assert.All(lists[0].Items!, item => Assert.IsType<LeafRow>(item.ToValue()));
        Assert.NotEmpty(lists[1].Items!);
        Assert.All(lists[1].Items!, item => Assert.IsType<ObjectExecutionNode>(item));
    }

    /// <summary>The same query through GraphQL.NET's default execution (no leaf lists), for the key's role.</summary>
    private async Task<string> ReferenceAsync(string key, string query, string variablesJson)
    {
        var role = key == ApiServer.RuleAuthorKey ? "rule_author" : "investigator";
        var caller = new Caller("reference", [role], Roles.PermissionsOf([role]));
        var serializer = fixture.Server.Get<IGraphQLTextSerializer>();
        return await fixture.Server.Get<ApiSchema>().ExecuteAsync(serializer, options =>
        {
            options.Query = query;
            options.Variables = serializer.Deserialize<Inputs>(variablesJson);
            options.UserContext = new ApiRequestContext(caller, fixture.Server.Get<ApiServices>());
            options.RequestServices = fixture.Server.Services;
        });
    }
}
