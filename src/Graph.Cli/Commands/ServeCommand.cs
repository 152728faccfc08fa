using System.CommandLine;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph serve`: the GraphQL API over the embedded store. With --demo it first generates and loads a demo dataset
/// when the store is empty, adds demo API keys, runs the rules, and prints the URLs and keys.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var demo = new Option<bool>("--demo") { Description = "Generate and load a demo dataset when the store is empty, and print demo API keys." };
        var urls = new Option<string>("--urls") { Description = "Where to listen (;-separated).", DefaultValueFactory = _ => Graph.Api.Hosting.ApiHost.DefaultUrl };
        var rules = new Option<string>("--rules") { Description = "Folder of rule files (*.cypher).", DefaultValueFactory = _ => RingsRun.DefaultRulesFolder };
        var redis = new Option<string?>("--redis") { Description = "Redis to use as the second cache level (host:port); default: Api:Redis from configuration, else memory only." };
        var config = new Option<string?>("--config") { Description = "A JSON settings file (same shape as appsettings.json) read after ./appsettings.json." };
        var command = new Command("serve", "Serve the GraphQL API (GraphQL over HTTP at /graphql, /health, /metrics) over the store.")
        {
            store, demo, urls, rules, redis, config,
        };
        command.SetAction((parse, ct) => ServeRun.RunAsync(
            new ServeRequest(parse.GetValue(store)!, parse.GetValue(demo), parse.GetValue(urls)!, parse.GetValue(rules)!, parse.GetValue(redis), parse.GetValue(config)),
            ct));
        return command;
    }
}
