namespace Graph.Cypher.Values.Tests.Tck;

/// <summary>Loads TCK rows copied into *.tsv (feature, query, expected cells), minus the reasoned exclusions.</summary>
internal static class TckRows
{
    /// <summary>Rows we knowingly do not pass, each with the reason (all permanent unless said otherwise).</summary>
    private static readonly Dictionary<string, string> Exclusions = new(StringComparer.Ordinal)
    {
        ["RETURN datetime('1818-07-21T21:40:32.142[Europe/Stockholm]') AS result"] =
            "tzdata: this host's zoneinfo keeps Stockholm's own LMT (+01:12:12); the TCK expects the Berlin link's +00:53:28.",
    };

    public static TheoryData<string, string, string> Load(string file)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Tck", file)))
        {
            var cells = line.Split('\t');
            if (!Exclusions.ContainsKey(cells[1]))
            {
                data.Add(cells[0], cells[1], string.Join('\t', cells[2..]));
            }
        }

        return data;
    }
}
