using Graph.Api.Configuration;
using Graph.Api.Hosting;
using Graph.Cli.Console;
using Graph.Storage;
using Microsoft.Extensions.Hosting;

namespace Graph.Cli.Commands;

/// <summary>Runs `graph serve` until Ctrl+C: prepares the demo store if asked, builds the API host, prints where it listens.</summary>
public static class ServeRun
{
    public static async Task<int> RunAsync(ServeRequest request, CancellationToken ct)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["Api:Store"] = request.StorePath,
            ["Api:Rules"] = request.RulesFolder,
        };
        if (request.Redis is { } redis)
        {
            overrides["Api:Redis"] = redis;
        }

        IReadOnlyList<(string Name, string Role, string Key)> demoKeys = [];
        Graph.Api.Store.OpenedStore? opened = null;
        if (request.Demo)
        {
            int prepared;
            try
            {
                (prepared, opened) = ServeDemoStore.Prepare(request.StorePath, Path.Combine("data", "demo"), ct);
            }
            catch (StoreException e)
            {
                return UserError.Report(e.Code, e.Message, ExitCodes.StoreError);
            }

            if (prepared != ExitCodes.Ok)
            {
                return prepared;
            }

            demoKeys = ServeDemoKeys.Create();
            foreach (var (key, value) in ServeDemoKeys.AsConfiguration(demoKeys))
            {
                overrides[key] = value;
            }

            // A person watches a demo start: plain log lines read better there than JSON.
            overrides["Api:JsonLogs"] = "false";
        }

        if (request.ConfigFile is { } config && !File.Exists(config))
        {
            return UserError.Report("CLI501", $"no settings file at '{config}'.", ExitCodes.BadInput);
        }

        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            System.Console.Error.WriteLine("graph: starting the API (indexing names and running the rules first)...");
            app = ApiHost.Build(new ApiHostSettings
            {
                Overrides = overrides,
                Urls = request.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                SettingsFile = request.ConfigFile,
                OpenedStore = opened,
            });
        }
        catch (ApiConfigurationException e)
        {
            return UserError.Report("CLI502", e.Message, ExitCodes.BadInput);
        }
        catch (StoreException e)
        {
            return UserError.Report(e.Code, e.Message, ExitCodes.StoreError);
        }

        await using (app.ConfigureAwait(false))
        {
            try
            {
                await app.StartAsync(ct).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                return UserError.Report("CLI503", $"cannot listen on {request.Urls}: {e.Message}", ExitCodes.BadInput);
            }

            PrintWelcome(app.Urls, demoKeys);
            try
            {
                await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: a normal way to stop the service.
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }

    private static void PrintWelcome(ICollection<string> urls, IReadOnlyList<(string Name, string Role, string Key)> keys)
    {
        var baseUrl = urls.FirstOrDefault() ?? ApiHost.DefaultUrl;
        var output = System.Console.Out;
        output.WriteLine();
        output.WriteLine($"GraphQL API   {baseUrl}/graphql   (POST application/json; GET for queries with a GraphQL-Require-Preflight header)");
        output.WriteLine($"Schema        {baseUrl}/schema.graphql");
        output.WriteLine($"Health        {baseUrl}/health");
        output.WriteLine($"Metrics       {baseUrl}/metrics");
        foreach (var (name, role, key) in keys)
        {
            output.WriteLine($"Demo key      {role,-13} X-Api-Key: {key}");
        }

        if (keys.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Try: curl -s {baseUrl}/graphql -H 'Content-Type: application/json' -H 'X-Api-Key: {keys[0].Key}' \\");
            output.WriteLine("       -d '{\"query\":\"{ rings(first: 3) { totalCount nodes { id score models members { name kind } } } }\"}'");
        }

        output.WriteLine("Press Ctrl+C to stop.");
    }
}
