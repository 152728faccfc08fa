using System.Globalization;
using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Profiles;

namespace Graph.Generation;

/// <summary>
/// Re-derives any generated entity (P0000123 / C0000045) for given (scale, seed) without regenerating the dataset,
/// so evaluators can turn the references file into true names and ids.
/// </summary>
public sealed class EntityCatalog
{
    private readonly PersonBook _people;
    private readonly CompanyBook _companies;

    public EntityCatalog(double scale, int seed, GenerationProfile? profile = null)
    {
        var derived = DerivedSeed(seed);
        var layout = new PopulationLayout(scale, (profile ?? GenerationProfile.Standard).LookAlikes);
        _people = new PersonBook(derived, layout);
        _companies = new CompanyBook(derived, layout, _people);
    }

    public int PersonCount => _people.Count;

    public int CompanyCount => _companies.Count;

    public static ulong DerivedSeed(int seed) => SplitMix.Mix((ulong)(uint)seed + 0x5EED);

    public EntityDescription Describe(string entity)
    {
        if (entity.Length < 2 || entity[0] is not ('P' or 'C') || !int.TryParse(entity.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            throw new ArgumentException($"Not an entity id: {entity}", nameof(entity));
        }

        if (entity[0] == 'P')
        {
            var person = _people.Get(index);
            return new EntityDescription(entity, "person", person.Name, person.Id);
        }

        var company = _companies.Get(index);
        return new EntityDescription(entity, "company", company.Name, company.Uscc);
    }
}
