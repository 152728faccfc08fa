using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Honest;
using Graph.Generation.Records;
using Graph.Generation.Vocabulary;

namespace Graph.Generation.Rings;

/// <summary>
/// A repair shop stages accidents and sues insurers in its staff's names. I1 owners/plaintiffs employed by the
/// shop with no assessor, I3 the same plates crashing again and again at that shop across insurers,
/// L2 drivers giving the shop's number, L4 the lawsuits mediated within days.
/// </summary>
public static class VehicleInsuranceRings
{
    public const string Model = "vehicle_insurance";

    public static void Plant(World world)
    {
        var rng = world.Rng;
        var signals = new SignalSet(rng, world.Profile.OptionalSignalChance, [], ["I1", "I3", "L2", "L4"]);
        var ring = RingKit.Open(world, Model, signals);
        var shop = world.RandomCompany(CompanyRole.RepairShop);
        var shopInfo = world.Companies.Get(shop.Index);
        ring.Member(shop);
        ring.Member(Entity.Person(shopInfo.LegalRep));

        var shapes = world.Profile.Vehicle;
        var people = Enumerable.Range(0, shapes.People.Draw(rng)).Select(_ => world.RandomResident()).ToArray();
        foreach (var person in people)
        {
            ring.Member(person);
            if (signals.Has("I1"))
            {
                Registry.WriteOfficer(world, shop, person, "employee", shopInfo.EstablishedOn.AddDays(rng.Next(1_500)));
            }
        }

        var cars = shapes.Cars.Draw(rng);
        var start = rng.Date(Dates.First, Dates.Last.AddDays(-900));
        var sueShare = signals.Has("I1") || signals.Has("L4") ? shapes.SueShareShown : shapes.SueShareOther;
        for (var car = 0; car < cars; car++)
        {
            var plate = InsuranceRecords.Plate(rng);
            var owner = people[car % people.Length];
            var accidents = signals.Has("I3") ? shapes.RepeatAccidents.Draw(rng) : 1;
            for (var a = 0; a < accidents; a++)
            {
                var insurer = rng.Next(Institutions.Insurers.Length);
                var accident = start.AddDays(rng.Next(shapes.AccidentSpanDays));
                var claimed = rng.Amount(60_000, 0.6, 100);
                var driver = people[(car + a + 1) % people.Length];
                string? lawsuit = null;
                if (rng.Chance(sueShare))
                {
                    lawsuit = InsuranceRecords.Lawsuit(world, owner, insurer, accident, claimed, signals.Has("L4"), Agents.Lawyer(world));
                    ring.Record("cases", lawsuit);
                }

                ring.Record("insurance_claims", InsuranceRecords.Write(world, new InsuranceRecords.Claim(
                    insurer, accident, plate, owner, driver, shop,
                    signals.Has("I1") ? null : InsuranceRecords.Assessor(rng), null,
                    claimed, Math.Round(claimed * 0.95m), lawsuit,
                    DriverPhoneAs: signals.Has("L2") && (shapes.ShopPhoneShare >= 1 || rng.Chance(shapes.ShopPhoneShare)) ? shopInfo.Phone : null)));
            }
        }
    }
}
