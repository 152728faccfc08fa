using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.LoadTest;

/// <summary>Discovers entity ids from the service's own ring list, then runs each scenario and prints a table.</summary>
public static class LoadTestApp
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<int> RunAsync(string[] args)
    {
        LoadTestOptions options;
        try
        {
            options = LoadTestOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException)
        {
            Console.Error.WriteLine($"graph-loadtest: {e.Message}");
            Console.Error.WriteLine(LoadTestOptions.Usage);
            return 1;
        }

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10), AutomaticDecompression = DecompressionMethods.None };
        using var client = new HttpClient(handler) { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Api-Key", options.Key);
        var ids = await EntityIdsAsync(client, options.Entities).ConfigureAwait(false);
        if (options.Fresh)
        {
            if (ids.Count < options.Entities)
            {
                ids = await MoreEntityIdsAsync(client, ids, options.Entities).ConfigureAwait(false);
            }

            // Another order each run, so that a second run against the same server does not find the first one's answers cached.
            var shuffled = ids.ToArray();
            Random.Shared.Shuffle(shuffled);
            ids = shuffled;
        }

        if (ids.Count == 0)
        {
            Console.Error.WriteLine("graph-loadtest: the service lists no ring members to look at (is the analysis done?).");
            return 2;
        }

        Console.WriteLine($"{options.Label} {options.Url} — {options.Concurrency} workers, {options.Duration.TotalSeconds:0} s per scenario after {options.Warmup.TotalSeconds:0} s warm-up, {ids.Count} entities");
        Console.WriteLine($"{"scenario",-15} {"requests",9} {"errors",7} {"req/s",9} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"max ms",8} {"cpu ms/req",10}");
        var results = new List<LatencyStats>();
        var runner = new LoadRunner(client, options, ids);
        foreach (var name in options.Scenarios)
        {
            var stats = await runner.RunAsync(Scenario.ByName(name)).ConfigureAwait(false);
            results.Add(stats);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stats.Scenario,-15} {stats.Requests,9} {stats.Errors,7} {stats.RequestsPerSecond,9:0.0} {stats.P50,8:0.00} {stats.P90,8:0.00} {stats.P99,8:0.00} {stats.Max,8:0.0} {(stats.ServerCpuMsPerRequest is { } cpu ? cpu.ToString("0.00", CultureInfo.InvariantCulture) : "-"),10}"));
        }

        if (runner.Repeated > 0)
        {
            Console.WriteLine($"note: the pool of {ids.Count} entities ran out; {runner.Repeated} requests named an entity again (raise --entities).");
        }

        if (options.JsonOutput is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(new { label = options.Label, url = options.Url, results }, Indented)).ConfigureAwait(false);
        }

        return results.Any(r => r.Requests == 0) ? 3 : 0;
    }

    /// <summary>
    /// Persons and companies around the ring members, for --fresh runs that need many entities. Found with a
    /// neighbourhood query of another depth and limit than the measured ones, so nothing measured is cached by it.
    /// </summary>
    private static async Task<IReadOnlyList<string>> MoreEntityIdsAsync(HttpClient client, IReadOnlyList<string> seeds, int wanted)
    {
        var ids = new List<string>(seeds);
        var known = new HashSet<string>(seeds, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count && ids.Count < wanted; i++)
        {
            var body = JsonSerializer.Serialize(new { query = "query D($id: ID!) { neighborhood(id: $id, depth: 3, limit: 1000) { nodes { id kind } } }", variables = new { id = ids[i] } });
            using var response = await client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json")).ConfigureAwait(false);
            var nodes = JsonNode.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false))?["data"]?["neighborhood"]?["nodes"]?.AsArray();
            foreach (var node in nodes ?? [])
            {
                var kind = node!["kind"]!.GetValue<string>();
                var id = node["id"]!.GetValue<string>();
                if (kind is "person" or "company" && known.Add(id))
                {
                    ids.Add(id);
                }
            }
        }

        return ids.Take(wanted).ToList();
    }

    /// <summary>Members of the best rings: the entities investigators open first.</summary>
    private static async Task<IReadOnlyList<string>> EntityIdsAsync(HttpClient client, int wanted)
    {
        var ids = new List<string>();
        string? after = null;
        while (ids.Count < wanted)
        {
            var body = JsonSerializer.Serialize(new { query = "query R($a: String) { rings(first: 50, after: $a) { pageInfo { endCursor hasNextPage } nodes { members { id } } } }", variables = new { a = after } });
            using var response = await client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json")).ConfigureAwait(false);
            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
            var rings = json?["data"]?["rings"];
            if (rings is null)
            {
                Console.Error.WriteLine($"graph-loadtest: ring list failed: {(int)response.StatusCode} {json?.ToJsonString()}");
                break;
            }

            ids.AddRange(rings["nodes"]!.AsArray().SelectMany(r => r!["members"]!.AsArray()).Select(m => m!["id"]!.GetValue<string>()));
            if (!rings["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = rings["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        return ids.Distinct().Take(wanted).ToList();
    }
}
