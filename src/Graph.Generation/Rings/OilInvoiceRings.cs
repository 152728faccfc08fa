using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Honest;
using Graph.Generation.Records;
using Graph.Generation.Vocabulary;

namespace Graph.Generation.Rings;

/// <summary>
/// Non-standard oil: T1 the hub buys feedstock classifications (化工产品/溶剂油/芳烃/沥青) and invoices the same
/// tonnage out as 成品油, dodging consumption tax; T2 suppliers or buyers under the hub's controller;
/// L3 buyers' bosses kin to the controller. T1 is the model itself, so every ring shows it.
/// </summary>
public static class OilInvoiceRings
{
    public const string Model = "oil_invoice";

    public static void Plant(World world)
    {
        var rng = world.Rng;
        var signals = new SignalSet(rng, world.Profile.OptionalSignalChance, ["T1"], ["T2", "L3"]);
        var ring = RingKit.Open(world, Model, signals);
        var hub = world.RandomCompany(CompanyRole.OilTrader);
        var hubInfo = world.Companies.Get(hub.Index);
        var controller = Entity.Person(hubInfo.LegalRep);
        ring.Member(hub);
        ring.Member(controller);

        var shapes = world.Profile.Oil;
        var suppliers = Enumerable.Range(0, shapes.Suppliers.Draw(rng)).Select(_ => world.RandomCompany(CompanyRole.OilTrader)).ToArray();
        var buyers = Enumerable.Range(0, shapes.Buyers.Draw(rng)).Select(_ => world.RandomBusiness()).ToArray();
        var start = rng.Date(Dates.First, Dates.Last.AddDays(-500));
        var kinTies = 0;
        var affiliated = suppliers.Concat(buyers).ToArray();
        for (var i = 0; i < affiliated.Length; i++)
        {
            var company = affiliated[i];
            ring.Member(company);

            // The first company is always tied when T2 is shown, the last when L3 is, so a chosen signal never goes missing.
            if (signals.Has("T2") && (i == 0 || rng.Chance(0.4)))
            {
                Registry.WriteOfficer(world, company, controller, rng.Chance(0.5) ? "shareholder" : "legal_rep", start.AddDays(-rng.Next(1_000)), 60);
            }
            else if (signals.Has("L3") && kinTies < 3 && (i == affiliated.Length - 1 || rng.Chance(0.5)))
            {
                kinTies++;
                var boss = Entity.Person(world.Companies.Get(company.Index).LegalRep);
                Registry.WriteRelation(world, controller, boss, rng.Pick(["relative", "sibling", "spouse"]));
                ring.Member(boss);
            }
        }

        var months = shapes.Months.Draw(rng);
        for (var month = 0; month < months; month++)
        {
            var day = start.AddDays(month * 30);
            var tonnes = shapes.LotTonnes.Draw(rng);
            var feedstock = rng.Pick(Goods.OilFeedstock);
            ring.Record("invoices", InvoiceRecords.Write(world, rng.Pick(suppliers), hub, feedstock, tonnes, day.AddDays(rng.Next(5))));
            var resold = tonnes * shapes.ResoldShare.Draw(rng);
            var parts = shapes.SalesPerLot.Draw(rng);
            for (var p = 0; p < parts; p++)
            {
                ring.Record("invoices", InvoiceRecords.Write(world, hub, rng.Pick(buyers), rng.Pick(Goods.Fuel), resold / parts, day.AddDays(shapes.SaleDelayDays.Draw(rng))));
            }
        }
    }
}
