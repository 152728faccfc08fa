using Graph.Generation.Tests.Support;

namespace Graph.Generation.Tests;

public class HeaderTests
{
    /// <summary>Copied from spec/records.md, independently of the generator's schema table.</summary>
    public static readonly Dictionary<string, string[]> SpecColumns = new()
    {
        ["companies"] = ["uscc", "name", "legal_rep_name", "legal_rep_id", "registered_address", "phone", "established_on", "status", "employees", "industry"],
        ["company_people"] = ["uscc", "company_name", "person_name", "person_id", "person_phone", "role", "share_pct", "since"],
        ["persons"] = ["id_number", "name", "phone", "address", "birth_date"],
        ["relations"] = ["person_id", "person_name", "other_id", "other_name", "relation"],
        ["cases"] = ["case_no", "court", "case_type", "cause", "cause_text", "filed_on", "closed_on", "closing_method", "amount_claimed", "amount_awarded", "judge", "mediator_org", "public_notice", "defendant_absent"],
        ["case_parties"] = ["case_no", "role", "party_kind", "party_name", "party_id", "party_phone", "party_address", "agent_name", "agent_id", "agent_kind", "law_firm", "agent_phone"],
        ["bankruptcies"] = ["bankruptcy_no", "court", "debtor_uscc", "debtor_name", "accepted_on", "administrator"],
        ["claims"] = ["bankruptcy_no", "claim_no", "creditor_kind", "creditor_name", "creditor_id", "creditor_phone", "creditor_address", "claim_type", "amount_declared", "amount_confirmed", "declared_on", "basis_no"],
        ["arbitrations"] = ["award_no", "commission", "applicant_name", "applicant_id", "applicant_phone", "applicant_address", "respondent_uscc", "respondent_name", "filed_on", "closed_on", "outcome", "amount", "monthly_wage_claimed", "agent_name", "agent_id"],
        ["auctions"] = ["auction_id", "platform", "court", "enforcement_case_no", "item", "item_kind", "appraisal_price", "starting_price", "deal_price", "round", "notice_on", "starts_at", "ends_at", "owner_kind", "owner_name", "owner_id", "status"],
        ["bids"] = ["auction_id", "bidder_kind", "bidder_name", "bidder_id", "bidder_phone", "amount", "bid_at", "winning"],
        ["invoices"] = ["invoice_no", "issued_on", "seller_uscc", "seller_name", "buyer_uscc", "buyer_name", "goods_category", "goods_name", "quantity", "unit", "amount", "tax_rate", "tax"],
        ["insurance_claims"] = ["claim_no", "insurer", "policy_no", "accident_on", "plate", "owner_name", "owner_id", "driver_name", "driver_id", "driver_phone", "repair_shop_uscc", "repair_shop_name", "assessor", "agent_name", "amount_claimed", "amount_paid", "lawsuit_case_no"],
    };

    [Fact]
    public void Every_csv_file_has_exactly_the_spec_columns()
    {
        var data = Generated.Get(0.05, 1);
        Assert.Equal(SpecColumns.Count, data.Lines.Count);
        foreach (var (baseName, columns) in SpecColumns)
        {
            var file = data.FileFor(baseName);
            Assert.Equal(columns, CsvLine.Parse(data.Lines[file][0]));
            Assert.True(data.Rows(baseName).Any(), $"{file} has no rows");
        }
    }

    [Fact]
    public void Ndjson_files_use_only_spec_field_names()
    {
        var data = Generated.Get(0.05, 1, OutputFormat.Mixed);
        var ndjson = data.Lines.Keys.Where(Dataset.IsNdjson).ToArray();
        Assert.NotEmpty(ndjson);
        Assert.Contains(data.Lines.Keys, k => k.EndsWith(".csv", StringComparison.Ordinal));
        foreach (var file in ndjson)
        {
            var baseName = Path.GetFileNameWithoutExtension(file);
            foreach (var row in data.Rows(baseName))
            {
                Assert.All(row.Values.Keys, key => Assert.Contains(key, SpecColumns[baseName]));
            }
        }
    }
}
