using Graph.Loading.Resolution;
using Graph.Records.Rows;

namespace Graph.Loading.Tests.Resolution;

/// <summary>Observes every reference, then resolves each; the source is the reference's index.</summary>
internal static class ResolverRun
{
    public static (EntityResolver Resolver, List<PartyResolution> Results) Resolve(IReadOnlyList<PartyRef> references, ResolverOptions? options = null)
    {
        var resolver = new EntityResolver(options);
        foreach (var reference in references)
        {
            resolver.Observe(reference);
        }

        resolver.Seal();
        var results = references.Select((r, i) => resolver.Resolve(r, $"test.csv:{i + 2}")).ToList();
        return (resolver, results);
    }
}
