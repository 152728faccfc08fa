using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Graph.Cli.Tests.Support;

/// <summary>
/// `graph serve` run as a user runs it, on a free port: started, read until it prints where it listens (or exits),
/// asked over real HTTP, and stopped when disposed.
/// </summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private ServeProcess(Process process) => _process = process;

    public Uri? BaseAddress { get; private set; }

    /// <summary>Printed demo keys by role.</summary>
    public Dictionary<string, string> DemoKeys { get; } = new(StringComparer.Ordinal);

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static ServeProcess Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "graph.dll"));
        start.ArgumentList.Add("serve");
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment.Remove("GRAPH_STORE");
        var serve = new ServeProcess(new Process { StartInfo = start });
        serve._process.OutputDataReceived += (_, e) => serve.OnOutput(e.Data);
        serve._process.ErrorDataReceived += (_, e) =>
        {
            lock (serve._error)
            {
                serve._error.AppendLine(e.Data);
            }
        };
        serve._process.Start();
        serve._process.BeginOutputReadLine();
        serve._process.BeginErrorReadLine();
        return serve;
    }

    /// <summary>Waits until the service listens (true) or the program ended (false).</summary>
    public bool WaitUntilListening(TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (BaseAddress is not null && Output.Contains("Press Ctrl+C", StringComparison.Ordinal))
            {
                return true;
            }

            if (_process.WaitForExit(200))
            {
                _process.WaitForExit();
                return false;
            }
        }

        throw new TimeoutException($"graph serve did not start in {limit}: {Output}\n{Error}");
    }

    public async Task<JsonNode> GraphQLAsync(string apiKey, string query)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.IsSuccessStatusCode && json["errors"] is null, json.ToJsonString());
        return json["data"]!;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (line.StartsWith("GraphQL API", StringComparison.Ordinal) && parts.Length > 2)
        {
            BaseAddress = new Uri(parts[2].Replace("/graphql", "", StringComparison.Ordinal));
        }
        else if (line.StartsWith("Demo key", StringComparison.Ordinal) && parts.Length >= 5)
        {
            DemoKeys[parts[2]] = parts[^1];
        }
    }
}
