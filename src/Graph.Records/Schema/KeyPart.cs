namespace Graph.Records.Schema;

/// <summary>
/// One part of a natural key: a list of alternatives, the first whose fields are all present wins.
/// A party is keyed by its id when the record has one and by its name otherwise, so
/// <c>FirstOf(["party_id"], ["party_name"])</c> keeps a case's parties apart without demanding ids.
/// </summary>
public sealed record KeyPart(IReadOnlyList<IReadOnlyList<string>> Alternatives)
{
    public static KeyPart Field(string name) => new([[name]]);

    public static KeyPart FirstOf(params string[] names) => new([.. names.Select(n => (IReadOnlyList<string>)[n])]);

    public static KeyPart FirstOf(params IReadOnlyList<string>[] alternatives) => new(alternatives);

    /// <summary>Every field any alternative uses.</summary>
    public IEnumerable<string> Fields => Alternatives.SelectMany(a => a).Distinct(StringComparer.Ordinal);

    public override string ToString() =>
        string.Join(" or ", Alternatives.Select(a => string.Join("+", a)));
}
