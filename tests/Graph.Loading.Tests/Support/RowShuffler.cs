namespace Graph.Loading.Tests.Support;

/// <summary>
/// Copies an NDJSON dataset with the lines of each file in random order (one record per line, so any
/// order is a valid file), returning (file, new line) → old line.
/// </summary>
internal static class RowShuffler
{
    public static Dictionary<(string File, int Line), int> ShuffleInto(string source, string target, int seed)
    {
        Directory.CreateDirectory(target);
        var random = new Random(seed);
        var map = new Dictionary<(string, int), int>();
        foreach (var path in Directory.GetFiles(source, "*.ndjson"))
        {
            var name = Path.GetFileName(path);
            var lines = File.ReadAllLines(path);
            var order = Enumerable.Range(0, lines.Length).ToArray();
            random.Shuffle(order);
            File.WriteAllLines(Path.Combine(target, name), order.Select(i => lines[i]));
            for (var i = 0; i < order.Length; i++)
            {
                map[(name, i + 1)] = order[i] + 1;
            }
        }

        return map;
    }
}
