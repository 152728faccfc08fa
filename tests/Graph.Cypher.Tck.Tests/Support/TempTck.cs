namespace Graph.Cypher.Tck.Tests.Support;

/// <summary>A throw-away TCK-shaped folder (features/ and graphs/) for tests that need files on disk.</summary>
public sealed class TempTck : IDisposable
{
    public TempTck()
    {
        Root = Path.Combine(Path.GetTempPath(), "tck-harness-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(FeaturesDirectory);
    }

    public string Root { get; }

    public string FeaturesDirectory => Path.Combine(Root, "features");

    public void AddFeature(string relativePath, string text)
    {
        var path = Path.Combine(FeaturesDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void AddGraph(string name, string fileName, string script)
    {
        var folder = Path.Combine(Root, "graphs", name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, fileName), script);
    }

    public string PathOf(string fileName) => Path.Combine(Root, fileName);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
