using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Graph.LoadTest;

/// <summary>
/// Runs one scenario: N workers, each sending its next request as soon as the previous answered (closed loop), for
/// a warm-up (not counted) and then the measured duration. A request counts as an error unless it is 200 with no
/// GraphQL errors.
/// </summary>
public sealed class LoadRunner(HttpClient client, LoadTestOptions options, IReadOnlyList<string> entityIds)
{
    // With --fresh the entities are taken in turn across phases and workers, so none is asked for twice in a scenario.
    private long _taken;
    private long _repeated;

    /// <summary>Requests of --fresh runs that had to name an entity again because the pool ran out.</summary>
    public long Repeated => Interlocked.Read(ref _repeated);

    public async Task<LatencyStats> RunAsync(Scenario scenario)
    {
        // Each scenario asks its own question of an entity, so each may take the whole pool from the start.
        Interlocked.Exchange(ref _taken, 0);
        await RunPhaseAsync(scenario, options.Warmup, record: false).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var cpuBefore = ProcessCpu.Seconds(options.ServerPid);
        var (latencies, errors) = await RunPhaseAsync(scenario, options.Duration, record: true).ConfigureAwait(false);
        var cpu = ProcessCpu.Seconds(options.ServerPid) - cpuBefore;
        return LatencyStats.From(scenario.Name, options.Concurrency, latencies, errors, clock.Elapsed.TotalSeconds, cpu);
    }

    private async Task<(List<double> Latencies, int Errors)> RunPhaseAsync(Scenario scenario, TimeSpan duration, bool record)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var sent = 0;
        var errors = 0;
        var perWorker = new List<double>[options.Concurrency];
        var bodies = scenario.NeedsEntity
            ? entityIds.Select(id => JsonSerializer.Serialize(new { query = scenario.Query, variables = new { id } })).ToArray()
            : [JsonSerializer.Serialize(new { query = scenario.Query })];
        var unique = 0L;
        var workers = Enumerable.Range(0, options.Concurrency).Select(async worker =>
        {
            var latencies = perWorker[worker] = [];
            var buffer = new byte[64 * 1024];
            var next = worker;
            while (Stopwatch.GetTimestamp() < deadline && Interlocked.Increment(ref sent) <= options.MaxRequests)
            {
                string body;
                if (options.Fresh && scenario.NeedsEntity)
                {
                    var taken = Interlocked.Increment(ref _taken) - 1;
                    if (taken >= bodies.Length)
                    {
                        Interlocked.Increment(ref _repeated);
                    }

                    body = bodies[taken % bodies.Length];
                }
                else
                {
                    body = bodies[next++ % bodies.Length];
                }

                if (options.Cold)
                {
                    // A comment changes the text (and so the response cache key) but not what the query asks.
                    body = body.Replace("\"query\":\"", $"\"query\":\"# {Interlocked.Increment(ref unique)}\\n", StringComparison.Ordinal);
                }

                var started = Stopwatch.GetTimestamp();
                var ok = await SendAsync(body, buffer).ConfigureAwait(false);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
                else if (record)
                {
                    latencies.Add(elapsed);
                }
            }
        }).ToList();
        await Task.WhenAll(workers).ConfigureAwait(false);
        return (perWorker.SelectMany(l => l).ToList(), errors);
    }

    /// <summary>
    /// Sends one request and drains the answer into the worker's own buffer: allocating each (large) body would make
    /// the load generator's garbage collector, on the same two cores, part of what is measured.
    /// </summary>
    private async Task<bool> SendAsync(string body, byte[] buffer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
            await using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            var prefix = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(prefix == 0 ? 0 : 16)).ConfigureAwait(false)) > 0)
            {
                prefix = Math.Max(prefix, read);
            }

            // The serializer writes "errors" first: {"errors":[...],"data":...}.
            return response.IsSuccessStatusCode && prefix > 0 && !buffer.AsSpan(0, Math.Min(prefix, 16)).StartsWith("{\"errors\""u8);
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
