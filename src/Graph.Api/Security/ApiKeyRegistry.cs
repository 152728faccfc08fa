using System.Security.Cryptography;
using System.Text;
using Graph.Api.Configuration;

namespace Graph.Api.Security;

/// <summary>
/// The configured keys, looked up by their SHA-256: the keys themselves are not kept, and a lookup by hash does not
/// leak through timing how much of a guessed key was right.
/// </summary>
public sealed class ApiKeyRegistry
{
    private readonly Dictionary<string, ApiKeyOptions> _byHash = new(StringComparer.Ordinal);

    public ApiKeyRegistry(IEnumerable<ApiKeyOptions> keys)
    {
        foreach (var key in keys)
        {
            _byHash[key.Sha256?.ToLowerInvariant() ?? Hash(key.Key!)] = key;
        }
    }

    public int Count => _byHash.Count;

    public ApiKeyOptions? Find(string presented) => _byHash.GetValueOrDefault(Hash(presented));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
