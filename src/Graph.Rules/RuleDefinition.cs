namespace Graph.Rules;

/// <summary>
/// One screening rule as read from its file: the header's fields and the query after it. <see cref="QueryLine"/> is the
/// file line the query starts on, so positions in the query translate back to the file.
/// </summary>
public sealed record RuleDefinition
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>One of <see cref="RuleModels.All"/>.</summary>
    public required string Model { get; init; }

    public required RuleSeverity Severity { get; init; }

    public required IReadOnlyList<RuleParameter> Parameters { get; init; }

    /// <summary>What a hit means for an investigator, and what it does not prove.</summary>
    public required string Meaning { get; init; }

    /// <summary>The sentence shown for a hit, with {placeholders} filled from the hit's facts.</summary>
    public required string ExplainTemplate { get; init; }

    /// <summary>The Cypher text after the header (the header lines themselves are not part of it).</summary>
    public required string Query { get; init; }

    /// <summary>The path the rule was read from, as given to the parser.</summary>
    public required string FilePath { get; init; }

    /// <summary>1-based line of the file on which <see cref="Query"/> starts.</summary>
    public required int QueryLine { get; init; }

    /// <summary>The domain signals (ids of the domain notes such as L2, B1) the rule follows, from `signals:`.</summary>
    public IReadOnlyList<string> Signals { get; init; } = [];

    /// <summary>Header line per field name, for errors that point at a field (explain placeholders).</summary>
    public IReadOnlyDictionary<string, int> FieldLines { get; init; } = new Dictionary<string, int>();

    /// <summary>Column where each field's value starts.</summary>
    public IReadOnlyDictionary<string, int> FieldColumns { get; init; } = new Dictionary<string, int>();
}
