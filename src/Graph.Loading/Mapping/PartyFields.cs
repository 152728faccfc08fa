namespace Graph.Loading.Mapping;

/// <summary>The columns that make up party references: they become entities, not record properties.</summary>
public static class PartyFields
{
    private static readonly string[] Suffixes = ["kind", "name", "id", "uscc", "phone", "address"];

    public static IReadOnlySet<string> Of(IEnumerable<string> prefixes, params string[] alsoExcluded)
    {
        var fields = new HashSet<string>(alsoExcluded, StringComparer.Ordinal);
        foreach (var prefix in prefixes)
        {
            foreach (var suffix in Suffixes)
            {
                fields.Add(prefix + suffix);
            }
        }

        return fields;
    }
}
