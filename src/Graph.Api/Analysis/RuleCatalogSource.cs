using System.Security.Cryptography;
using System.Text;
using Graph.Rules;

namespace Graph.Api.Analysis;

/// <summary>
/// The rules folder as a catalog plus a hash of its files' contents: the hash goes into the analysis cache key, so an
/// edited rule gives a new analysis while instances that read the same files share one.
/// </summary>
public sealed class RuleCatalogSource(string directory)
{
    private readonly Lock _gate = new();
    private (RuleCatalog Catalog, string Hash)? _current;

    public string Directory => directory;

    public (RuleCatalog Catalog, string Hash) Current
    {
        get
        {
            lock (_gate)
            {
                return _current ??= Read();
            }
        }
    }

    /// <summary>Reads the folder again (after a rule author changed a file).</summary>
    public (RuleCatalog Catalog, string Hash) Reload()
    {
        lock (_gate)
        {
            _current = Read();
            return _current.Value;
        }
    }

    private (RuleCatalog, string) Read()
    {
        var catalog = RuleCatalog.Load(directory);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (System.IO.Directory.Exists(directory))
        {
            foreach (var file in System.IO.Directory.GetFiles(directory, "*.cypher").Order(StringComparer.Ordinal))
            {
                sha.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
                sha.AppendData(File.ReadAllBytes(file));
            }
        }

        return (catalog, Convert.ToHexStringLower(sha.GetHashAndReset().AsSpan(0, 8)));
    }
}
