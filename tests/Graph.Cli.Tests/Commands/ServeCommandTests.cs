using Graph.Cli.Commands;
using Graph.Cli.Tests.Support;
using Graph.Storage;

namespace Graph.Cli.Tests.Commands;

/// <summary>
/// `graph serve --demo`, the README's first command: an empty store gets the demo dataset, a store with data is served
/// untouched, and a folder that is not a store is neither written to nor served.
/// </summary>
public sealed class ServeCommandTests
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Serve_demo_on_an_empty_store_generates_loads_runs_the_rules_and_serves_them()
    {
        using var dir = new TempFolder();

        using var serve = ServeProcess.Start(dir.Path, "--demo", "--store", dir["data/store"], "--rules", RepositoryRules.Folder);
        Assert.True(serve.WaitUntilListening(StartLimit), serve.Error);
        var data = await serve.GraphQLAsync(serve.DemoKeys["investigator"], "{ stats { nodes rings } }");

        Assert.True(Directory.Exists(dir["data/demo"]), "the demo dataset should have been generated in ./data/demo");
        Assert.True(data["stats"]!["nodes"]!.GetValue<int>() > 1000);
        Assert.True(data["stats"]!["rings"]!.GetValue<int>() > 0, "the rules should have run and found the planted rings");
        Assert.Equal(["admin", "investigator", "rule_author"], serve.DemoKeys.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Serve_demo_on_a_store_with_data_serves_it_as_it_is()
    {
        using var people = new PeopleStore();
        Assert.Null(people.Created);
        var before = Files(people.StorePath);

        using var serve = ServeProcess.Start(people.Folder, "--demo", "--store", people.StorePath, "--rules", RepositoryRules.Folder);
        Assert.True(serve.WaitUntilListening(StartLimit), serve.Error);
        var data = await serve.GraphQLAsync(serve.DemoKeys["investigator"], "{ stats { nodes } }");

        Assert.Equal(2, data["stats"]!["nodes"]!.GetValue<int>());
        Assert.False(Directory.Exists(Path.Combine(people.Folder, "data", "demo")), "no demo data should be generated for a store with data");
        Assert.Contains("not empty", serve.Error, StringComparison.Ordinal);
        Assert.Equal(before, Files(people.StorePath));
    }

    [Fact]
    public void Serve_demo_on_a_folder_that_is_not_a_store_neither_writes_nor_serves()
    {
        using var dir = new TempFolder();
        Directory.CreateDirectory(dir["notes"]);
        File.WriteAllText(dir["notes/todo.txt"], "not a store");

        using var serve = ServeProcess.Start(dir.Path, "--demo", "--store", dir["notes"], "--rules", RepositoryRules.Folder);
        Assert.False(serve.WaitUntilListening(StartLimit), "it should not serve a folder that is not a store");

        Assert.Equal(ExitCodes.BadInput, serve.ExitCode);
        Assert.Contains("CLI504", serve.Error, StringComparison.Ordinal);
        Assert.Equal(["todo.txt"], Directory.GetFiles(dir["notes"]).Select(Path.GetFileName));
        Assert.False(Directory.Exists(dir["data/demo"]));
    }

    [Fact]
    public void The_empty_store_check_tells_empty_stores_from_stores_with_data_and_from_other_folders()
    {
        using var dir = new TempFolder();
        Directory.CreateDirectory(dir["empty"]);
        using (GraphStore.Open(dir["no-nodes"], StoreOptions.Default with { Fsync = false }))
        {
            // Created and closed without data, as an interrupted first load leaves it.
        }

        Directory.CreateDirectory(dir["other"]);
        File.WriteAllText(dir["other/readme.txt"], "x");
        using var people = new PeopleStore();

        Assert.Null(ServeDemoStore.OpenIfNotEmpty(dir["missing"], out var missingIsForeign));
        Assert.Null(ServeDemoStore.OpenIfNotEmpty(dir["empty"], out var emptyIsForeign));
        Assert.Null(ServeDemoStore.OpenIfNotEmpty(dir["no-nodes"], out var noNodesIsForeign));
        Assert.Null(ServeDemoStore.OpenIfNotEmpty(dir["other"], out var otherIsForeign));
        var opened = ServeDemoStore.OpenIfNotEmpty(people.StorePath, out var peopleIsForeign);

        Assert.False(missingIsForeign || emptyIsForeign || noNodesIsForeign || peopleIsForeign);
        Assert.True(otherIsForeign);
        Assert.NotNull(opened);
        Assert.Equal(2, opened.Reader.NodeCount);
    }

    private static List<string> Files(string folder) =>
        [.. new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Select(f => $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}").Order(StringComparer.Ordinal)];
}
