using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Records;
using Graph.Generation.Vocabulary;

namespace Graph.Generation.Honest;

/// <summary>
/// Ordinary B2B trade, plus honest chemical and fuel dealers: feedstock classifications are bought and
/// sold as themselves, fuel is bought as fuel; only rings turn one into the other.
/// </summary>
public static class Invoices
{
    public static void Write(World world)
    {
        var rng = world.Rng;
        var date = rng.Date(Dates.First, Dates.Last);
        var roll = rng.Next(100);
        if (roll < 8)
        {
            var goods = rng.Pick(roll < 4 ? Goods.Chemicals : Goods.Fuel);
            var seller = world.RandomCompany(CompanyRole.OilTrader);
            var buyer = rng.Chance(0.5) ? world.RandomCompany(CompanyRole.OilTrader) : world.RandomBusiness();
            InvoiceRecords.Write(world, seller, buyer, goods, 5 + rng.NextDouble() * 60, date);
            return;
        }

        var line = rng.Pick(Goods.Ordinary);
        var quantity = Math.Max(1, Math.Round(rng.Amount(100_000, 1.0, 100) is var value ? (double)value / line.UnitPrice : 1, 1));
        InvoiceRecords.Write(world, world.RandomBusiness(), world.RandomBusiness(), line, quantity, date);
    }
}
