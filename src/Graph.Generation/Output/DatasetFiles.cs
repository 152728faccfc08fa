using Graph.Generation.Core;
using Graph.Generation.Truth;

namespace Graph.Generation.Output;

/// <summary>The 13 open record writers plus the reference log, in one place so generators can write across files.</summary>
public sealed class DatasetFiles : IDisposable
{
    /// <summary>Under "mixed", these files go out as NDJSON so both readers get exercised on real volume.</summary>
    private static readonly HashSet<string> NdjsonWhenMixed = ["case_parties", "bids", "invoices", "relations", "arbitrations"];

    private readonly Dictionary<string, RecordWriter> _writers = new(StringComparer.Ordinal);

    public DatasetFiles(string directory, string referencesPath, OutputFormat format, Rng noise, NoiseRates rates, TruthLog truth, ProgressCounter progress)
    {
        Directory.CreateDirectory(directory);
        RemoveStaleRecordFiles(directory);
        References = new ReferenceLog(referencesPath);
        foreach (var schema in Schemas.All)
        {
            var ndjson = format == OutputFormat.Ndjson || (format == OutputFormat.Mixed && NdjsonWhenMixed.Contains(schema.BaseName));
            _writers[schema.BaseName] = new RecordWriter(schema, directory, ndjson, noise, rates, References, truth, progress);
        }
    }

    public ReferenceLog References { get; }

    public IReadOnlyCollection<RecordWriter> All => _writers.Values;

    public RecordWriter Companies => _writers["companies"];
    public RecordWriter CompanyPeople => _writers["company_people"];
    public RecordWriter Persons => _writers["persons"];
    public RecordWriter Relations => _writers["relations"];
    public RecordWriter Cases => _writers["cases"];
    public RecordWriter CaseParties => _writers["case_parties"];
    public RecordWriter Bankruptcies => _writers["bankruptcies"];
    public RecordWriter Claims => _writers["claims"];
    public RecordWriter Arbitrations => _writers["arbitrations"];
    public RecordWriter Auctions => _writers["auctions"];
    public RecordWriter Bids => _writers["bids"];
    public RecordWriter Invoices => _writers["invoices"];
    public RecordWriter InsuranceClaims => _writers["insurance_claims"];

    /// <summary>A previous run in another format would leave a second copy of a file (cases.csv beside cases.ndjson).</summary>
    private static void RemoveStaleRecordFiles(string directory)
    {
        foreach (var schema in Schemas.All)
        {
            foreach (var extension in new[] { ".csv", ".ndjson", ".jsonl" })
            {
                File.Delete(Path.Combine(directory, schema.BaseName + extension));
            }
        }
    }

    public void Dispose()
    {
        foreach (var writer in _writers.Values)
        {
            writer.Dispose();
        }

        References.Dispose();
    }
}
