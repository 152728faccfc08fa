using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Features;

/// <summary>entity(id): a person or company behind the Entity interface, with identifiers, records and provenance.</summary>
[Collection(ApiCollection.Name)]
public sealed class EntityTests(ApiFixture fixture)
{
    private const string Query = """
        query E($id: ID!) {
          entity(id: $id) {
            __typename id kind name names resolution
            identifiers { kind value }
            records { relationship role side record { kind number parties { entity { id name } role } } }
            provenance { recordKind recordNumber relationship matched source refName refId refPhone }
            ... on Person { idNumber }
          }
        }
        """;

    [Fact]
    public async Task A_person_comes_with_identifiers_records_and_provenance()
    {
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);

        var data = await fixture.Server.Client(ApiServer.InvestigatorKey).DataAsync(Query, new { id = person.Id });

        var entity = data["entity"]!;
        Assert.Equal("Person", entity["__typename"]!.GetValue<string>());
        Assert.Equal(person.IdNumber, entity["idNumber"]!.GetValue<string>());
        var identifiers = Samples.Items(entity["identifiers"]).ToList();
        Assert.Contains(identifiers, i => i["kind"]!.GetValue<string>() == "phone" && i["value"]!.GetValue<string>() == person.Phone);
        Assert.NotEmpty(Samples.Items(entity["records"]));
        Assert.All(Samples.Items(entity["records"]), r => Assert.Contains(Samples.Items(r["record"]!["parties"]), p => p["entity"]!["id"]!.GetValue<string>() == person.Id));
        var provenance = Samples.Items(entity["provenance"]).ToList();
        Assert.NotEmpty(provenance);
        Assert.All(provenance, p => Assert.NotNull(p["matched"]));
    }

    [Fact]
    public async Task Identifiers_are_partly_masked_for_a_rule_author()
    {
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);

        var data = await fixture.Server.Client(ApiServer.RuleAuthorKey).DataAsync(Query, new { id = person.Id });

        var entity = data["entity"]!;
        var idNumber = entity["idNumber"]!.GetValue<string>();
        Assert.NotEqual(person.IdNumber, idNumber);
        Assert.Equal(person.IdNumber[..6], idNumber[..6]);
        Assert.Equal(person.IdNumber[^4..], idNumber[^4..]);
        Assert.Contains("********", idNumber, StringComparison.Ordinal);
        var phone = Samples.Items(entity["identifiers"]).First(i => i["kind"]!.GetValue<string>() == "phone")["value"]!.GetValue<string>();
        Assert.Equal(person.Phone[..3] + "****" + person.Phone[^4..], phone);
        Assert.DoesNotContain(person.IdNumber, data.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(person.Phone, data.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cypher_results_are_masked_for_a_rule_author_too()
    {
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);

        var data = await fixture.Server.Client(ApiServer.RuleAuthorKey).DataAsync(
            "query C($p: JSON) { cypher(query: \"MATCH (p:Person {id_number: $id})-[:HAS_PHONE]->(ph) RETURN p, p.id_number, ph.number\", params: $p) { rows } }",
            new { p = new { id = person.IdNumber } });

        var text = data.ToJsonString();
        Assert.DoesNotContain(person.IdNumber, text, StringComparison.Ordinal);
        Assert.DoesNotContain(person.Phone, text, StringComparison.Ordinal);
        Assert.Contains(person.IdNumber[..6], text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ids_are_opaque_and_do_not_reveal_the_resident_id()
    {
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);

        Assert.StartsWith("n_", person.Id, StringComparison.Ordinal);
        Assert.DoesNotContain(person.IdNumber, person.Id, StringComparison.Ordinal);
        var tampered = person.Id[..^2] + (person.Id[^2] == 'A' ? "B" : "A") + person.Id[^1];
        var response = await fixture.Server.Client().PostAsync(Query, new { id = tampered });
        Assert.Equal("BAD_ID", response.FirstErrorCode);
    }

    [Fact]
    public async Task Looking_at_an_entity_is_in_the_audit_log()
    {
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1).ToString("O");

        await fixture.Server.Client(ApiServer.InvestigatorKey).DataAsync(Query, new { id = person.Id });

        var audit = await fixture.Server.Client(ApiServer.AdminKey).DataAsync(
            "query A($t: ID, $s: String) { auditLog(targetId: $t, since: $s, principal: \"ivy\") { totalCount nodes { principal roles action targetKind targetId at } } }",
            new { t = person.Id, s = before });
        var entries = Samples.Items(audit["auditLog"]!["nodes"]).ToList();
        Assert.Contains(entries, e => e["action"]!.GetValue<string>() == "ENTITY_VIEWED" && e["targetId"]!.GetValue<string>() == person.Id && e["roles"]![0]!.GetValue<string>() == "investigator");
    }

    [Fact]
    public async Task A_record_is_found_by_kind_and_number_with_its_parties()
    {
        var number = await Samples.CaseNumberAsync(fixture.Server);

        var data = await fixture.Server.Client().DataAsync(
            "query R($k: String!) { record(kind: CASE, key: $k) { kind number date amount properties parties { relationship role side entity { name } } } }",
            new { k = number });

        var record = data["record"]!;
        Assert.Equal("case", record["kind"]!.GetValue<string>());
        Assert.Equal(number, record["number"]!.GetValue<string>());
        Assert.NotEmpty(Samples.Items(record["parties"]));
        Assert.Equal(number, record["properties"]!["case_no"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_record_is_null()
    {
        var data = await fixture.Server.Client().DataAsync("{ record(kind: INVOICE, key: \"NO-SUCH-INVOICE\") { number } }");

        Assert.Null(data["record"]);
    }
}
