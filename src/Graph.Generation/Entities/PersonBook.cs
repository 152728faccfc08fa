using Graph.Generation.Core;
using Graph.Generation.Vocabulary;
using Graph.Records.Identifiers;

namespace Graph.Generation.Entities;

/// <summary>
/// Every person is a pure function of (seed, index): nothing is stored per person, which is what
/// lets scale 100 (millions of people) run in modest memory.
/// </summary>
public sealed class PersonBook(ulong seed, PopulationLayout layout)
{
    private const int BirthDays = 16_425;
    private const long IdSpace = BirthDays * 1000L;
    private const long Multiplier = 1_000_003;
    private static readonly DateOnly BirthEpoch = new(1960, 1, 1);

    private static readonly string[] MobilePrefixes =
    [
        "138", "139", "137", "135", "136", "150", "151", "152", "158", "159", "182", "183", "187", "188", "130",
        "131", "132", "155", "156", "185", "186", "133", "153", "180", "181", "189", "177", "199",
    ];

    public PopulationLayout Layout => layout;

    public int Count => layout.PersonCount;

    public PersonInfo Get(int index)
    {
        var draw = new SplitMix(seed, 11, index);

        // An affine map is a bijection on the id space, so no two people ever share a true id.
        var slot = (index * Multiplier + 7_654_321) % IdSpace;
        var birth = BirthEpoch.AddDays((int)(slot / 1000));
        var sequence = (int)(slot % 1000);
        var isMale = sequence % 2 == 1;
        var region = Regions.Skewed(draw.Next(10_000));
        var id = ResidentId.Create(region.Code, birth, sequence);
        var dotted = draw.Chance(0.007);
        var name = dotted ? DottedName(ref draw) : HanName(ref draw, isMale);
        var phone = Mobile(ref draw);
        return new PersonInfo(index, name, id, phone, AddressOf(index), birth, isMale, region, dotted);
    }

    /// <summary>Pairs (2k, 2k+1) of opposite sex are married 80% of the time; spouses share an address.</summary>
    public int? SpouseOf(int index)
    {
        if (index < layout.ResidentStart)
        {
            return null;
        }

        var other = index ^ 1;
        if (other >= Count || other < layout.ResidentStart || IsMaleOf(index) == IsMaleOf(other))
        {
            return null;
        }

        return new SplitMix(seed, 12, index >> 1).Chance(0.8) ? other : null;
    }

    public bool IsMaleOf(int index) => (index * Multiplier + 7_654_321) % IdSpace % 1000 % 2 == 1;

    /// <summary>The big compound a household lives in (written at compound level), or -1.</summary>
    public int CompoundOf(int index)
    {
        var household = SpouseOf(index) is null ? index : index >> 1;
        var draw = new SplitMix(seed, 13, household);
        return draw.Chance(layout.CompoundHouseholdShare) ? draw.Next(layout.CompoundCount) : -1;
    }

    public string CompoundAddress(int compound)
    {
        var draw = new SplitMix(seed, 14, compound);
        var region = Regions.All[draw.Next(6)];
        return $"{region.Prefix}{draw.Pick(Places.CompoundStems)}{draw.Pick(Places.CompoundKinds)}";
    }

    public string AddressOf(int index)
    {
        var compound = CompoundOf(index);
        if (compound >= 0)
        {
            return CompoundAddress(compound);
        }

        var household = SpouseOf(index) is null ? index : index >> 1;
        var draw = new SplitMix(seed, 15, household);
        var region = Regions.Skewed(draw.Next(10_000));
        return draw.Chance(0.75)
            ? $"{region.Prefix}{draw.Pick(Places.CompoundStems)}{draw.Pick(Places.CompoundKinds)}{1 + draw.Next(30)}幢{1 + draw.Next(4)}单元{1 + draw.Next(25)}0{1 + draw.Next(4)}室"
            : $"{region.Prefix}{draw.Pick(Places.Streets)}{1 + draw.Next(400)}号";
    }

    /// <summary>A regular (non-lawyer) person drawn uniformly; callers pass their own stream.</summary>
    public int RandomResident(Rng rng) => rng.Next(layout.ResidentStart, Count);

    private static string DottedName(ref SplitMix draw) => $"{draw.Pick(PersonNames.DottedFirst)}·{draw.Pick(PersonNames.DottedLast)}";

    private static string HanName(ref SplitMix draw, bool isMale)
    {
        if (draw.Chance(0.03))
        {
            return draw.Pick(PersonNames.VeryCommon);
        }

        var skew = Math.Pow(draw.NextDouble(), 2.2);
        var surname = PersonNames.Surnames[(int)(skew * PersonNames.Surnames.Length)];
        var given = isMale ? PersonNames.MaleGiven : PersonNames.FemaleGiven;
        return draw.Chance(0.2) ? surname + draw.Pick(given) : surname + draw.Pick(given) + draw.Pick(given);
    }

    private static string Mobile(ref SplitMix draw) =>
        draw.Pick(MobilePrefixes) + (draw.NextUlong() % 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
}
