using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Output;
using Graph.Generation.Profiles;
using Graph.Generation.Truth;

namespace Graph.Generation.Records;

/// <summary>What every story generator needs: the books of people and firms, the open files, numbering and the truth log.</summary>
public sealed class World(
    ulong seed,
    double scale,
    GenerationProfile profile,
    Rng rng,
    PersonBook people,
    CompanyBook companies,
    LawFirmBook firms,
    DatasetFiles files,
    Mentions mentions,
    CaseNumbers caseNumbers,
    Serials serials,
    TruthLog truth)
{
    public ulong Seed => seed;

    public Traps.HubLawFirms Hubs { get; } = new(people.Layout, firms, truth);

    public double Scale => scale;

    /// <summary>The distributions every story draws from.</summary>
    public GenerationProfile Profile => profile;

    /// <summary>The single story stream; consumed in a fixed order so a seed always yields the same bytes.</summary>
    public Rng Rng => rng;

    public PersonBook People => people;

    public CompanyBook Companies => companies;

    public PopulationLayout Layout => people.Layout;

    public LawFirmBook Firms => firms;

    public DatasetFiles Files => files;

    public Mentions Mentions => mentions;

    public CaseNumbers CaseNumbers => caseNumbers;

    public Serials Serials => serials;

    public TruthLog Truth => truth;

    public int Count(double perUnit, int minimum = 1) => PopulationLayout.Scaled(perUnit, scale, minimum);

    public Entity RandomResident() => Entity.Person(people.RandomResident(rng));

    public Entity RandomCompany(CompanyRole role)
    {
        var (start, end) = Layout.RangeOf(role);
        return Entity.Company(rng.Next(start, end));
    }

    /// <summary>A company to be an ordinary party: mostly ordinary firms, sometimes traders or repairers.</summary>
    public Entity RandomBusiness() => rng.Chance(0.9) ? RandomCompany(CompanyRole.Ordinary) : RandomCompany(rng.Chance(0.5) ? CompanyRole.OilTrader : CompanyRole.RepairShop);
}
