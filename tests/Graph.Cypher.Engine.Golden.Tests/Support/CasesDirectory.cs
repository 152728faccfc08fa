using System.Reflection;

namespace Graph.Cypher.Engine.Golden.Tests.Support;

/// <summary>The source folder of the cases, baked in at build time so that UPDATE_GOLDEN=1 rewrites the files in the repository.</summary>
public static class CasesDirectory
{
    public static string Path { get; } = typeof(CasesDirectory).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "CasesDirectory").Value!;

    public static IEnumerable<string> CaseNames() =>
        Directory.EnumerateFiles(Path, "*.cypher").Select(file => System.IO.Path.GetFileNameWithoutExtension(file)).Order(StringComparer.Ordinal);

    public static string CaseFile(string name) => System.IO.Path.Combine(Path, name + ".cypher");

    public static string GoldenFile(string name) => System.IO.Path.Combine(Path, name + ".golden");

    public static string GraphFile(string name) => System.IO.Path.Combine(Path, "graphs", name + ".cypher");
}
