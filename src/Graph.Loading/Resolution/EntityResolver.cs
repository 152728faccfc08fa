using Graph.Records.Rows;

namespace Graph.Loading.Resolution;

/// <summary>
/// Turns party references into Person and Company entity keys, in two passes over a dataset:
/// <see cref="Observe"/> every reference (pass 1), <see cref="Seal"/>, then <see cref="Resolve"/>
/// every reference (pass 2). Deterministic and independent of row order: the same references give
/// the same keys in every load. The rules are in docs/adr/002-entity-resolution.md.
/// </summary>
public sealed class EntityResolver
{
    private readonly ResolverOptions _options;
    private readonly EvidenceCollector[] _collectors = [new(), new()];
    private readonly ResolutionTally _tally = new();
    private readonly ReferenceNormalizer _normalizer = new();
    private EvidenceIndex[]? _indexes;

    public EntityResolver(ResolverOptions? options = null) => _options = options ?? ResolverOptions.Default;

    public bool IsSealed => _indexes is not null;

    public void Observe(PartyRef party)
    {
        if (_indexes is not null)
        {
            throw new InvalidOperationException("The resolver is sealed: observe every reference before resolving any.");
        }

        var reference = _normalizer.Normalize(party);
        _collectors[(int)party.Kind].Observe(reference);
    }

    /// <summary>Ends pass 1: finds hubs and ambiguous pairs and clusters weak references.</summary>
    public void Seal() =>
        _indexes ??= [_collectors[0].Seal(_options.HubThreshold), _collectors[1].Seal(_options.HubThreshold)];

    /// <summary>Resolves one reference; <paramref name="source"/> (<c>file:line</c>) keys references with nothing to match on.</summary>
    public PartyResolution Resolve(PartyRef party, string source)
    {
        Seal();
        var reference = _normalizer.Normalize(party);
        var resolution = ReferenceMatcher.Match(party, reference, _indexes![(int)party.Kind], source);
        _tally.Count(resolution);
        return resolution;
    }

    public ResolutionSummary Summary =>
        _tally.Summarise(_indexes is null ? 0 : _indexes[0].HubValues + _indexes[1].HubValues);
}
