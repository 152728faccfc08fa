using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Features;

/// <summary>search(text, kind, first, after): names through the n-gram index, identifiers through the store's indexes.</summary>
[Collection(ApiCollection.Name)]
public sealed class SearchTests(ApiFixture fixture)
{
    private const string Query = """
        query S($text: String!, $kind: SearchKind, $first: Int, $after: String) {
          search(text: $text, kind: $kind, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor }
            edges { cursor node { id kind caption matchedOn score entity { id name } record { number } } }
          }
        }
        """;

    private readonly HttpClient _client = fixture.Server.Client(ApiServer.InvestigatorKey);

    [Fact]
    public async Task A_resident_id_finds_its_person()
    {
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);

        var data = await _client.DataAsync(Query, new { text = person.IdNumber });

        var hit = data["search"]!["edges"]![0]!["node"]!;
        Assert.Equal(person.Id, hit["id"]!.GetValue<string>());
        Assert.Equal("id_number", hit["matchedOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_name_finds_the_person_among_namesakes()
    {
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);

        var data = await _client.DataAsync(Query, new { text = person.Name, kind = "PERSON", first = 200 });

        var hits = Samples.Items(data["search"]!["edges"]).Select(e => e["node"]!).ToList();
        Assert.Contains(hits, h => h["id"]!.GetValue<string>() == person.Id);
        Assert.All(hits, h => Assert.Equal("person", h["kind"]!.GetValue<string>()));
        Assert.Equal(1.0, hits[0]["score"]!.GetValue<double>());
    }

    [Fact]
    public async Task Part_of_a_name_finds_names_containing_it()
    {
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);
        var part = person.Name[^2..];

        var data = await _client.DataAsync(Query, new { text = part, first = 50 });

        var hits = Samples.Items(data["search"]!["edges"]).Select(e => e["node"]!).ToList();
        Assert.NotEmpty(hits);
        Assert.Contains(part, hits[0]["caption"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(hits, h => Assert.Contains(h["kind"]!.GetValue<string>(), new[] { "person", "company" }));
    }

    [Fact]
    public async Task A_phone_number_in_any_format_finds_who_has_it()
    {
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);
        var written = $"+86 {person.Phone[..3]}-{person.Phone[3..7]}-{person.Phone[7..]}";

        var data = await _client.DataAsync(Query, new { text = written, kind = "ENTITY" });

        Assert.Contains(Samples.Items(data["search"]!["edges"]), e => e["node"]!["id"]!.GetValue<string>() == person.Id && e["node"]!["matchedOn"]!.GetValue<string>() == "phone");
    }

    [Fact]
    public async Task A_case_number_finds_the_case()
    {
        var number = await Samples.CaseNumberAsync(fixture.Server);

        var data = await _client.DataAsync(Query, new { text = number });

        var hit = data["search"]!["edges"]![0]!["node"]!;
        Assert.Equal("case", hit["kind"]!.GetValue<string>());
        Assert.Equal(number, hit["record"]!["number"]!.GetValue<string>());
    }

    [Fact]
    public async Task Pages_follow_each_other_without_overlap()
    {
        var person = await Samples.PersonWithPhoneAsync(fixture.Server);
        var surname = person.Name[..1];

        var first = await _client.DataAsync(Query, new { text = surname, first = 5 });
        var cursor = first["search"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = await _client.DataAsync(Query, new { text = surname, first = 5, after = cursor });

        var ids1 = Samples.Items(first["search"]!["edges"]).Select(e => e["node"]!["id"]!.GetValue<string>()).ToList();
        var ids2 = Samples.Items(second["search"]!["edges"]).Select(e => e["node"]!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(5, ids1.Count);
        Assert.NotEmpty(ids2);
        Assert.Empty(ids1.Intersect(ids2));
    }
}
