using Graph.Generation.Entities;
using Graph.Generation.Honest;
using Graph.Generation.Records;
using Graph.Generation.Rings;
using Graph.Generation.Traps;

namespace Graph.Generation;

/// <summary>Sizes every story kind for the scale (scale 1 ≈ 20,000 cases, ~20 rings per model in the standard profile) and runs the shuffled schedule.</summary>
public static class StoryRunner
{
    public static void Run(World world)
    {
        var layout = world.Layout;
        var rings = world.Profile.Rings;
        var honest = world.Profile.LookAlikes;
        var (debtorStart, debtorEnd) = layout.RangeOf(CompanyRole.BankruptDebtor);
        var ringDebtors = Math.Min(world.Count(rings.BankruptcyLabor, 3), (debtorEnd - debtorStart) / 2);
        var counts = new Dictionary<StoryKind, int>
        {
            [StoryKind.CivilCase] = world.Count(honest.CivilCases),
            [StoryKind.SerialInstitutionSuit] = world.Count(honest.SerialInstitutionSuits),
            [StoryKind.ContestedDivorce] = world.Count(honest.ContestedDivorces),
            [StoryKind.Arbitration] = world.Count(honest.Arbitrations),
            [StoryKind.EnforcementAuction] = world.Count(honest.EnforcementAuctions),
            [StoryKind.Invoice] = world.Count(honest.Invoices),
            [StoryKind.InsuranceClaim] = world.Count(honest.InsuranceClaims),
            [StoryKind.HonestBankruptcy] = debtorEnd - debtorStart - ringDebtors,
            [StoryKind.CompanyOfficers] = layout.CompanyCount,
            [StoryKind.Kin] = (layout.PersonCount - layout.ResidentStart) / 2,
            [StoryKind.PrivateLendingRing] = world.Count(rings.PrivateLending, 3),
            [StoryKind.BankruptcyLaborRing] = ringDebtors,
            [StoryKind.AuctionRing] = world.Count(rings.Auction, 3),
            [StoryKind.VehicleInsuranceRing] = world.Count(rings.VehicleInsurance, 3),
            [StoryKind.OilInvoiceRing] = world.Count(rings.OilInvoice, 3),
        };
        var schedule = new StorySchedule(counts, world.Rng);
        var serial = new SerialInstitutions(world);
        var insurance = new InsuranceClaims(world);
        int officers = 0, kin = 0, ringDebtor = debtorStart, honestDebtor = debtorStart + ringDebtors;
        foreach (var story in schedule.Stories)
        {
            switch (story)
            {
                case StoryKind.CivilCase: CivilCases.Write(world); break;
                case StoryKind.SerialInstitutionSuit: serial.WriteSuit(); break;
                case StoryKind.ContestedDivorce: ContestedDivorces.Write(world); break;
                case StoryKind.Arbitration: Arbitrations.Write(world); break;
                case StoryKind.EnforcementAuction: EnforcementAuctions.Write(world); break;
                case StoryKind.Invoice: Invoices.Write(world); break;
                case StoryKind.InsuranceClaim: insurance.Write(); break;
                case StoryKind.HonestBankruptcy: Bankruptcies.Write(world, Entity.Company(honestDebtor++)); break;
                case StoryKind.CompanyOfficers: Registry.WriteOfficers(world, officers++); break;
                case StoryKind.Kin: Registry.WriteKin(world, kin++); break;
                case StoryKind.PrivateLendingRing: PrivateLendingRings.Plant(world); break;
                case StoryKind.BankruptcyLaborRing: BankruptcyLaborRings.Plant(world, Entity.Company(ringDebtor++)); break;
                case StoryKind.AuctionRing: AuctionRings.Plant(world); break;
                case StoryKind.VehicleInsuranceRing: VehicleInsuranceRings.Plant(world); break;
                case StoryKind.OilInvoiceRing: OilInvoiceRings.Plant(world); break;
            }
        }
    }
}
