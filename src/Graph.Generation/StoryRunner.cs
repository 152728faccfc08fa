using Graph.Generation.Entities;
using Graph.Generation.Honest;
using Graph.Generation.Records;
using Graph.Generation.Rings;
using Graph.Generation.Traps;

namespace Graph.Generation;

/// <summary>Sizes every story kind for the scale (scale 1 ≈ 20,000 cases, ~20 rings per model) and runs the shuffled schedule.</summary>
public static class StoryRunner
{
    public static void Run(World world)
    {
        var layout = world.Layout;
        var ringsPerModel = world.Count(20, 3);
        var (debtorStart, debtorEnd) = layout.RangeOf(CompanyRole.BankruptDebtor);
        var ringDebtors = Math.Min(ringsPerModel, (debtorEnd - debtorStart) / 2);
        var counts = new Dictionary<StoryKind, int>
        {
            [StoryKind.CivilCase] = world.Count(12_500),
            [StoryKind.SerialInstitutionSuit] = world.Count(1_500),
            [StoryKind.ContestedDivorce] = world.Count(300),
            [StoryKind.Arbitration] = world.Count(700),
            [StoryKind.EnforcementAuction] = world.Count(1_100),
            [StoryKind.Invoice] = world.Count(19_000),
            [StoryKind.InsuranceClaim] = world.Count(3_700),
            [StoryKind.HonestBankruptcy] = debtorEnd - debtorStart - ringDebtors,
            [StoryKind.CompanyOfficers] = layout.CompanyCount,
            [StoryKind.Kin] = (layout.PersonCount - layout.ResidentStart) / 2,
            [StoryKind.PrivateLendingRing] = ringsPerModel,
            [StoryKind.BankruptcyLaborRing] = ringDebtors,
            [StoryKind.AuctionRing] = ringsPerModel,
            [StoryKind.VehicleInsuranceRing] = ringsPerModel,
            [StoryKind.OilInvoiceRing] = ringsPerModel,
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
