using System.Text.Json.Nodes;

namespace Graph.Api.Tests.Support;

/// <summary>Real data picked from the test store through the API itself (Cypher as admin), so tests need no fixed names.</summary>
public static class Samples
{
    /// <summary>A person with a valid resident id and a phone: (id, name, id number, phone).</summary>
    public static async Task<(string Id, string Name, string IdNumber, string Phone)> PersonWithPhoneAsync(ApiServer server)
    {
        var data = await server.Client(ApiServer.AdminKey).DataAsync("""
            { cypher(query: "MATCH (p:Person)-[:HAS_PHONE]->(ph:Phone) WHERE p.id_number IS NOT NULL AND size(p.name) >= 2 AND EXISTS { (p)-[:PARTY_IN]->(:Case) } RETURN p, p.name, p.id_number, ph.number ORDER BY p.id_number LIMIT 1") { rows } }
            """);
        var row = data["cypher"]!["rows"]![0]!;
        return (row[0]!["id"]!.GetValue<string>(), row[1]!.GetValue<string>(), row[2]!.GetValue<string>(), row[3]!.GetValue<string>());
    }

    /// <summary>A case number in the store.</summary>
    public static async Task<string> CaseNumberAsync(ApiServer server)
    {
        var data = await server.Client(ApiServer.AdminKey).DataAsync("""
            { cypher(query: "MATCH (p:Person)-[:PARTY_IN]->(c:Case) RETURN c.case_no ORDER BY c.case_no LIMIT 1") { rows } }
            """);
        return data["cypher"]!["rows"]![0]![0]!.GetValue<string>();
    }

    /// <summary>The best ring with its members' ids.</summary>
    public static async Task<(string RingId, IReadOnlyList<string> Members)> RingAsync(ApiServer server)
    {
        var data = await server.Client(ApiServer.AdminKey).DataAsync("{ rings(first: 1) { nodes { id members { id } } } }");
        var ring = data["rings"]!["nodes"]![0]!;
        return (ring["id"]!.GetValue<string>(), ring["members"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()).ToList());
    }

    public static IEnumerable<JsonNode> Items(JsonNode? array) => array?.AsArray().Select(n => n!) ?? [];
}
