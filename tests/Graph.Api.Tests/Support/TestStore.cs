using Graph.Generation;
using Graph.Loading.Loading;
using Graph.Storage;

namespace Graph.Api.Tests.Support;

/// <summary>A small generated dataset (with planted rings) loaded into a store in a temporary folder.</summary>
public sealed class TestStore : IDisposable
{
    public TestStore(double scale = 0.05, int seed = 11)
    {
        Root = Path.Combine(Path.GetTempPath(), "graph-api-tests-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Root);
        StorePath = Path.Combine(Root, "store");
        var generated = DatasetGenerator.Generate(new GeneratorOptions { Scale = scale, Seed = seed, OutputDirectory = Path.Combine(Root, "data") });
        using (var store = GraphStore.Open(StorePath, StoreOptions.Default with { Fsync = false }))
        {
            new DatasetLoader(store).Load(generated.OutputDirectory);
            store.Checkpoint();
        }
    }

    public string Root { get; }

    public string StorePath { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A server still holding a file open on some platforms; the temp folder is cleaned by the OS.
        }
    }
}
