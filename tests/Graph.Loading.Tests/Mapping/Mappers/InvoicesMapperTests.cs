using Graph.Loading.Tests.Support;
using Graph.Records.Rows;

namespace Graph.Loading.Tests.Mapping.Mappers;

public sealed class InvoicesMapperTests
{
    [Fact]
    public void An_invoice_links_seller_and_buyer_companies()
    {
        var seller = Ids.Uscc(1);
        var graph = MapperHarness.Map(Rows.Make(RecordKind.Invoices, "invoices.csv", 2,
            ("invoice_no", "INV-1"), ("issued_on", "2022-02-02"), ("seller_uscc", seller), ("seller_name", "甲石化有限公司"),
            ("buyer_name", "乙贸易有限公司"), ("goods_category", "成品油"), ("amount", "1000.5"), ("tax_rate", "0.13")));

        Assert.Contains(graph.Rels("SELLER_IN"), r => r.From == "Company:" + seller && r.To == "Invoice:INV-1");
        Assert.Contains(graph.Rels("BUYER_IN"), r => r.From == "Company~乙贸易有限公司");
        Assert.Equal(0.13, graph.Prop("Invoice:INV-1", "tax_rate").AsFloat);
        Assert.False(graph.Nodes["Invoice:INV-1"].Properties.ContainsKey("seller_uscc"));
    }
}
