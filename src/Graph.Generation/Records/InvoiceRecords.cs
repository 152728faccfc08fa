using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Vocabulary;

namespace Graph.Generation.Records;

public static class InvoiceRecords
{
    /// <summary>Writes one VAT invoice (13% on goods, 6% on services); returns its number.</summary>
    public static string Write(World world, Entity seller, Entity buyer, Goods.Line goods, double quantity, DateOnly issuedOn)
    {
        var invoiceNo = world.Serials.InvoiceNo(issuedOn.Year);
        var amount = Math.Round((decimal)(quantity * goods.UnitPrice), 2);
        var rate = goods.Category.EndsWith("服务", StringComparison.Ordinal) ? 0.06m : 0.13m;
        var row = world.Files.Invoices.NewRow()
            .Set("invoice_no", invoiceNo)
            .Set("issued_on", issuedOn)
            .Set("goods_category", goods.Category)
            .Set("goods_name", $"*{goods.Category}*{goods.Name}")
            .Set("quantity", Dates.Money(Math.Round((decimal)quantity, 3)))
            .Set("unit", goods.Unit)
            .Set("amount", amount)
            .Set("tax_rate", Dates.Money(rate))
            .Set("tax", Math.Round(amount * rate, 2));
        world.Mentions.Put(row, "seller_", seller);
        world.Mentions.Put(row, "buyer_", buyer);
        world.Files.Invoices.Write(row);
        return invoiceNo;
    }
}
