using Graph.Generation.Tests.Support;

namespace Graph.Generation.Tests;

public class DeterminismTests
{
    [Fact]
    public void Same_scale_and_seed_give_identical_bytes_in_every_output()
    {
        var first = Generated.Options(0.05, 11, OutputFormat.Mixed, "det-a");
        var second = Generated.Options(0.05, 11, OutputFormat.Mixed, "det-b");
        DatasetGenerator.Generate(first);
        DatasetGenerator.Generate(second);

        var names = Directory.GetFiles(first.OutputDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(13, names.Length);
        Assert.Equal(names, Directory.GetFiles(second.OutputDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        foreach (var name in names)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(first.OutputDirectory, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.OutputDirectory, name!))),
                $"{name} differs between runs");
        }

        Assert.Equal(File.ReadAllBytes(first.ReferencesPath), File.ReadAllBytes(second.ReferencesPath));
        var truthA = File.ReadAllText(first.TruthPath);
        Assert.Equal(truthA, File.ReadAllText(second.TruthPath));
    }

    [Fact]
    public void A_different_seed_gives_a_different_dataset()
    {
        var a = Generated.Get(0.05, 1);
        var b = Generated.Get(0.05, 2);
        Assert.NotEqual(a.Lines["cases.csv"], b.Lines["cases.csv"]);
    }

    [Fact]
    public void Truth_and_references_sit_beside_the_output_folder()
    {
        var data = Generated.Get(0.05, 1);
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(data.Options.OutputDirectory));
        Assert.Equal(folder + ".truth.json", data.Summary.TruthPath);
        Assert.Equal(folder + ".references.csv", data.Summary.ReferencesPath);
        Assert.True(File.Exists(data.Summary.TruthPath));
        Assert.DoesNotContain(Directory.GetFiles(folder), f => f.EndsWith(".json", StringComparison.Ordinal));
        Assert.Equal("Graph.Generation", data.Truth.GetProperty("generator").GetProperty("name").GetString());
        Assert.Equal(1, data.Truth.GetProperty("seed").GetInt32());
    }
}
