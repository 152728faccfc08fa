namespace Graph.Cli.Tests.Support;

/// <summary>
/// A small store made through `graph cypher` itself, shared by the tests of one class:
/// (:Person {name: '张三', age: 41})-[:KNOWS {since: 2019}]->(:Person {name: 'Li, "Si"', age: 35}).
/// The second name holds a comma and quotes so that CSV quoting is exercised.
/// </summary>
public sealed class PeopleStore : IDisposable
{
    public const string Create = "CREATE (:Person {name: '张三', age: 41})-[:KNOWS {since: 2019}]->(:Person {name: 'Li, \"Si\"', age: 35})";

    private readonly TempFolder _folder = new();

    public PeopleStore()
    {
        var created = GraphProcess.Run(_folder.Path, "cypher", "--store", StorePath, "-e", Create);
        Created = created.ExitCode == ExitCodes.Ok ? null : created.Error;
    }

    public string Folder => _folder.Path;

    public string StorePath => _folder["store"];

    /// <summary>Null when the store was made; else the error, which each test reports instead of a confusing mismatch.</summary>
    public string? Created { get; }

    public GraphProcess.Result Cypher(params string[] args) => GraphProcess.Run(Folder, ["cypher", "--store", StorePath, .. args]);

    public void Dispose() => _folder.Dispose();
}
