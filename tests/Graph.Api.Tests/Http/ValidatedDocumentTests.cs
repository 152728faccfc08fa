using System.Net;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Http;

/// <summary>
/// A query text that passed validation once is not fully validated again, yet everything that depends on more than
/// the text still is: the caller's permissions, the variables' types, the complexity they make, cursors.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ValidatedDocumentTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_text_an_admin_ran_is_still_forbidden_to_an_investigator()
    {
        const string query = "query C { cypher(query: \"RETURN 41 + 1 AS answer\") { columns } }";

        var asAdmin = await fixture.Server.Client(ApiServer.AdminKey).PostAsync(query);
        var asInvestigator = await fixture.Server.Client().PostAsync(query);

        Assert.Equal(HttpStatusCode.OK, asAdmin.Status);
        Assert.Equal(HttpStatusCode.Forbidden, asInvestigator.Status);
        Assert.Equal("FORBIDDEN", asInvestigator.FirstErrorCode);
    }

    [Fact]
    public async Task Variables_of_a_validated_text_are_still_checked()
    {
        const string query = "query Q($n: Int!) { rings(first: $n) { totalCount } }";

        var good = await fixture.Server.Client().PostAsync(query, new { n = 1 });
        var bad = await fixture.Server.Client().PostAsync(query, new { n = "twenty" });

        Assert.Equal(HttpStatusCode.OK, good.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.Status);
    }

    [Fact]
    public async Task The_complexity_variables_make_is_still_checked()
    {
        const string query = "query W($n: Int, $m: Int) { rings(first: $n) { nodes { members { entity { records(first: $m) { record { parties { entity { name } } } } } } } } }";

        var small = await fixture.Server.Client().PostAsync(query, new { n = 1, m = 1 });
        var wide = await fixture.Server.Client().PostAsync(query, new { n = 200, m = 1000 });

        Assert.Equal(HttpStatusCode.OK, small.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wide.Status);
        Assert.Contains("complexity", wide.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Cursors_of_a_validated_text_are_still_checked()
    {
        const string query = "query R($a: String) { rings(first: 1, after: $a) { totalCount } }";

        var first = await fixture.Server.Client().PostAsync(query, new { a = (string?)null });
        var forged = await fixture.Server.Client().PostAsync(query, new { a = "c_Zm9yZ2Vk" });

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.Status);
        Assert.Equal("BAD_CURSOR", forged.FirstErrorCode);
    }
}
