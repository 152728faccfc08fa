using System.CommandLine;
using System.Text.Json;
using Graph.Cli.Console;
using Graph.Storage;

namespace Graph.Cli.Commands;

/// <summary>`graph stats`: what the store holds — it opens read-only, so it works while a load runs.</summary>
public static class StatsCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("stats", "Counts per label and relationship type, rejects and the entity-resolution summary of the last load.")
        {
            store, format,
        };
        command.SetAction((parse, _) => Task.FromResult(Run(parse.GetValue(store)!, parse.GetValue(format) == "json", System.Console.Out)));
        return command;
    }

    public static int Run(string storePath, bool json, TextWriter output)
    {
        if (!Directory.Exists(storePath))
        {
            return UserError.Report("CLI030", $"no store at '{storePath}'; load a dataset first (graph load DIR --store {storePath}).", ExitCodes.BadInput);
        }

        try
        {
            var stats = StoreStatistics.Read(storePath);
            if (json)
            {
                output.WriteLine(JsonSerializer.Serialize(stats, StoreStatistics.JsonOptions));
            }
            else
            {
                Print(stats, output);
            }

            return ExitCodes.Ok;
        }
        catch (StoreException e)
        {
            return UserError.Report(e.Code, e.Message, ExitCodes.StoreError);
        }
    }

    private static void Print(StoreStatistics s, TextWriter o)
    {
        o.WriteLine($"Store {s.Path}: version {s.Version}, {Numbers.Count(s.Nodes)} nodes, {Numbers.Count(s.Relationships)} relationships, {Numbers.Bytes(s.BytesOnDisk)} on disk");
        o.WriteLine("Nodes by label:");
        foreach (var (label, count) in s.NodesByLabel)
        {
            o.WriteLine($"  {label,-16} {Numbers.Count(count),12}");
        }

        o.WriteLine("Relationships by type:");
        foreach (var (type, count) in s.RelationshipsByType)
        {
            o.WriteLine($"  {type,-16} {Numbers.Count(count),12}");
        }

        if (s.LastLoad is { } last)
        {
            o.WriteLine("Last load:");
            LoadReport.Print(last, o);
        }
        else
        {
            o.WriteLine("No load recorded in this store.");
        }
    }
}
