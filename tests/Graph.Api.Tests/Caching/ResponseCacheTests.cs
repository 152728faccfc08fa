using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Caching;

/// <summary>Whole responses of pure queries are cached; a hit is audited like the first view; impure ones never come from it.</summary>
[Collection(ApiCollection.Name)]
public sealed class ResponseCacheTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_repeated_view_comes_from_the_cache_and_is_audited_again()
    {
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);
        const string query = "query E($id: ID!) { entity(id: $id) { name kind } }";
        var client = fixture.Server.Client(ApiServer.InvestigatorKey);
        await client.PostAsync(query, new { id = person.Id });
        var since = DateTimeOffset.UtcNow.ToString("O");

        var again = await client.PostAsync(query, new { id = person.Id });

        Assert.Equal("hit", again.Headers.GetValues("X-Graph-Cache").Single());
        var audit = await fixture.Server.Client(ApiServer.AdminKey).DataAsync(
            "query A($t: ID, $s: String) { auditLog(targetId: $t, since: $s, action: \"ENTITY_VIEWED\") { totalCount } }",
            new { t = person.Id, s = since });
        Assert.True(audit["auditLog"]!["totalCount"]!.GetValue<int>() >= 1);
    }

    [Fact]
    public async Task Answers_that_read_triage_decisions_are_never_cached()
    {
        var client = fixture.Server.Client();
        const string query = "{ rings(first: 2) { nodes { id triage { status revision } } } }";

        await client.PostAsync(query);
        var second = await client.PostAsync(query);

        Assert.False(second.Headers.Contains("X-Graph-Cache"));
    }

    [Fact]
    public async Task Masked_and_unmasked_callers_do_not_share_answers()
    {
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);
        const string query = "query E($id: ID!) { entity(id: $id) { ... on Person { idNumber } } }";

        var full = await fixture.Server.Client(ApiServer.InvestigatorKey).DataAsync(query, new { id = person.Id });
        var masked = await fixture.Server.Client(ApiServer.RuleAuthorKey).DataAsync(query, new { id = person.Id });
        var fullAgain = await fixture.Server.Client(ApiServer.InvestigatorKey).DataAsync(query, new { id = person.Id });

        Assert.Equal(person.IdNumber, full["entity"]!["idNumber"]!.GetValue<string>());
        Assert.NotEqual(person.IdNumber, masked["entity"]!["idNumber"]!.GetValue<string>());
        Assert.Equal(person.IdNumber, fullAgain["entity"]!["idNumber"]!.GetValue<string>());
    }
}
