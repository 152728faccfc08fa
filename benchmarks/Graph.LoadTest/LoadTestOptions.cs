using System.Globalization;

namespace Graph.LoadTest;

/// <summary>The command line: where the service is, which key, how hard and how long, which scenarios.</summary>
public sealed record LoadTestOptions
{
    public Uri Url { get; init; } = new("http://127.0.0.1:5080");

    public string Key { get; init; } = "";

    public int Concurrency { get; init; } = 16;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Upper bound on requests per scenario, so a run always ends.</summary>
    public int MaxRequests { get; init; } = 500_000;

    public IReadOnlyList<string> Scenarios { get; init; } = Scenario.Names;

    /// <summary>How many distinct entities the entity and neighbourhood scenarios cycle through.</summary>
    public int Entities { get; init; } = 200;

    public string? JsonOutput { get; init; }

    /// <summary>Makes every query text unique (a trailing comment), so no answer comes from the response cache: measures execution.</summary>
    public bool Cold { get; init; }

    /// <summary>
    /// Every request (warm-up included) names an entity no earlier request of the run named, with the same query text:
    /// what investigators opening new entities cause. No answer and no neighbourhood comes from a cache; parsing and
    /// validation of the (same) text do, as they would. Needs a large pool of entities (<see cref="Entities"/>).
    /// </summary>
    public bool Fresh { get; init; }

    public string Label { get; init; } = "";

    /// <summary>The server's process id (same machine): its CPU per request is reported too.</summary>
    public int? ServerPid { get; init; }

    public const string Usage = """
        graph-loadtest --key KEY [--url http://127.0.0.1:5080] [--concurrency 16] [--duration 20] [--warmup 3]
                       [--scenarios entity,neighborhood2,rings20] [--entities 200] [--label TEXT] [--json FILE] [--cold | --fresh]
                       [--server-pid PID]
        Sends GraphQL requests to a running `graph serve` on this machine and reports p50/p99 latency and requests/s
        per scenario. Only loopback addresses are accepted. --cold: a unique query text per request (no response
        cache). --fresh: a new entity per request, same text (nothing cached; use --entities 20000).
        --server-pid: also report the server's CPU milliseconds per request (Linux /proc).
        """;

    public static LoadTestOptions Parse(string[] args)
    {
        var options = new LoadTestOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--url" => options with { Url = new Uri(Next()) },
                "--key" => options with { Key = Next() },
                "--concurrency" => options with { Concurrency = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--max-requests" => options with { MaxRequests = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--scenarios" => options with { Scenarios = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--entities" => options with { Entities = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--json" => options with { JsonOutput = Next() },
                "--label" => options with { Label = Next() },
                "--cold" => options with { Cold = true },
                "--fresh" => options with { Fresh = true },
                "--server-pid" => options with { ServerPid = int.Parse(Next(), CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}."),
            };
        }

        if (string.IsNullOrEmpty(options.Key))
        {
            throw new ArgumentException("--key is required.");
        }

        if (!options.Url.IsLoopback)
        {
            throw new ArgumentException("the load test only targets this machine (a loopback address).");
        }

        if (options.Cold && options.Fresh)
        {
            throw new ArgumentException("--cold and --fresh are two different measurements; choose one.");
        }

        var unknown = options.Scenarios.Except(Scenario.Names).ToList();
        return unknown.Count > 0 ? throw new ArgumentException("unknown scenarios: " + string.Join(", ", unknown)) : options;
    }
}
