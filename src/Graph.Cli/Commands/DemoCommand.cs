using System.CommandLine;
using Graph.Generation;
using Graph.Loading.Loading;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph demo`: the first thing a new user runs — generate a small dataset when there is
/// none, load it into the embedded store, and print what the store holds.
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var data = new Option<string>("--data") { Description = "Where the demo dataset is written.", DefaultValueFactory = _ => Path.Combine("data", "demo") };
        var scale = new Option<double>("--scale") { Description = "Demo size (1 ≈ 20,000 cases).", DefaultValueFactory = _ => 0.2 };
        var seed = new Option<int>("--seed") { Description = "Random seed of the demo dataset.", DefaultValueFactory = _ => 7 };
        var command = new Command("demo", "Generate a demo dataset (if missing), load it into the store and show what was loaded.")
        {
            store, data, scale, seed,
        };
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(store)!, parse.GetValue(data)!, parse.GetValue(scale), parse.GetValue(seed), ct)));
        return command;
    }

    public static int Run(string storePath, string dataDirectory, double scale, int seed, CancellationToken ct)
    {
        if (!Directory.Exists(dataDirectory) || !Directory.EnumerateFileSystemEntries(dataDirectory).Any())
        {
            var generated = GenerateCommand.Run(new GeneratorOptions { Scale = scale, Seed = seed, OutputDirectory = dataDirectory }, force: false, ct);
            if (generated != ExitCodes.Ok)
            {
                return generated;
            }
        }
        else
        {
            System.Console.WriteLine($"Using the demo dataset already in {dataDirectory}.");
        }

        var loaded = LoadCommand.Run(dataDirectory, storePath, LoadOptions.Default, ct);
        if (loaded != ExitCodes.Ok)
        {
            return loaded;
        }

        System.Console.WriteLine();
        return StatsCommand.Run(storePath, json: false, System.Console.Out);
    }
}
