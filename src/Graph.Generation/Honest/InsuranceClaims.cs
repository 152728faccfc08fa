using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Records;
using Vocabulary = Graph.Generation.Vocabulary;

namespace Graph.Generation.Honest;

/// <summary>
/// Ordinary motor claims. Fleet and taxi plates come back several times, some owners sue and some
/// settle fast, so repeat plates or quick mediations alone prove nothing.
/// </summary>
public sealed class InsuranceClaims(World world)
{
    private readonly string[] _recentPlates = new string[64];
    private int _written;

    public void Write()
    {
        var rng = world.Rng;
        var mix = world.Profile.LookAlikes;
        var owner = rng.Chance(0.9) ? world.RandomResident() : world.RandomBusiness();
        var driver = owner.IsPerson && rng.Chance(0.75) ? owner
            : owner.IsPerson && world.People.SpouseOf(owner.Index) is { } spouse ? Entity.Person(spouse) : world.RandomResident();
        var plate = _written > 64 && rng.Chance(mix.RepeatPlateShare) ? _recentPlates[rng.Next(64)] : InsuranceRecords.Plate(rng);
        _recentPlates[_written++ % 64] = plate;
        var insurer = rng.Next(Vocabulary.Institutions.Insurers.Length);
        var accident = rng.Date(Dates.First, Dates.Last.AddDays(-200));
        var claimed = rng.Amount(9_000, 1.1, 10);
        var lawsuit = rng.Chance(mix.InsuranceLawsuitShare)
            ? InsuranceRecords.Lawsuit(world, owner, insurer, accident, claimed, rng.Chance(mix.InsuranceFastSettlementShare), Agents.ForParty(world, owner))
            : null;
        InsuranceRecords.Write(world, new InsuranceRecords.Claim(
            insurer, accident, plate, owner, driver, world.RandomCompany(CompanyRole.RepairShop),
            rng.Chance(mix.AssessedShare) ? InsuranceRecords.Assessor(rng) : null, rng.Chance(0.1) ? world.RandomResident() : null,
            claimed, rng.Chance(0.9) ? Math.Round(claimed * 0.9m) : null, lawsuit));
    }
}
