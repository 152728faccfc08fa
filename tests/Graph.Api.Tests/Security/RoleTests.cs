using System.Net;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Security;

/// <summary>What each role may do: fields a role lacks the permission for refuse the whole operation with 403.</summary>
[Collection(ApiCollection.Name)]
public sealed class RoleTests(ApiFixture fixture)
{
    [Fact]
    public async Task An_investigator_may_not_run_Cypher()
    {
        var response = await fixture.Server.Client(ApiServer.InvestigatorKey).PostAsync("{ cypher(query: \"RETURN 1\") { columns } }");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
        Assert.Null(response.Json!["data"]);
    }

    [Fact]
    public async Task An_investigator_may_not_run_rules()
    {
        var response = await fixture.Server.Client(ApiServer.InvestigatorKey).PostAsync("mutation { runRules(ruleIds: [\"PL-001\"]) { hits } }");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
    }

    [Fact]
    public async Task Only_an_admin_reads_the_audit_log()
    {
        var asAuthor = await fixture.Server.Client(ApiServer.RuleAuthorKey).PostAsync("{ auditLog(first: 1) { totalCount } }");
        var asAdmin = await fixture.Server.Client(ApiServer.AdminKey).PostAsync("{ auditLog(first: 1) { totalCount } }");

        Assert.Equal(HttpStatusCode.Forbidden, asAuthor.Status);
        Assert.Equal(HttpStatusCode.OK, asAdmin.Status);
    }

    [Fact]
    public async Task A_rule_author_runs_read_only_Cypher()
    {
        var data = await fixture.Server.Client(ApiServer.RuleAuthorKey).DataAsync("{ cypher(query: \"MATCH (c:Case) RETURN count(c) AS cases\") { columns rows rowCount } }");

        Assert.Equal("cases", data["cypher"]!["columns"]![0]!.GetValue<string>());
        Assert.True(data["cypher"]!["rows"]![0]![0]!.GetValue<long>() > 0);
    }
}
