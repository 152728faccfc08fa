using Graph.Loading.Resolution;
using Graph.Records.Reading;

namespace Graph.Loading.Loading;

public sealed record LoadOptions
{
    /// <summary>Rows per batch; each batch is committed atomically.</summary>
    public int BatchRows { get; init; } = 5_000;

    /// <summary>Where bad rows and warnings go; default <c>&lt;store&gt;/rejects/&lt;utc timestamp&gt;.csv</c>.</summary>
    public string? RejectsPath { get; init; }

    public ResolverOptions Resolver { get; init; } = ResolverOptions.Default;

    public RecordReaderOptions Reader { get; init; } = RecordReaderOptions.Default;

    /// <summary>Sees every party reference's resolution (for evaluating entity resolution); optional.</summary>
    public IResolutionSink? ResolutionSink { get; init; }

    /// <summary>Rows between progress reports.</summary>
    public int ProgressEveryRows { get; init; } = 20_000;

    public static LoadOptions Default { get; } = new();
}
