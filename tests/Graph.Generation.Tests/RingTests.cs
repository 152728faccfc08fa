using System.Text.Json;
using Graph.Generation.Tests.Support;
using Graph.Records.Identifiers;

namespace Graph.Generation.Tests;

public class RingTests
{
    private static readonly Dictionary<string, string[]> ModelSignals = new()
    {
        ["private_lending"] = ["L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "L10"],
        ["bankruptcy_labor"] = ["B1", "B2", "B3", "B5"],
        ["auction"] = ["A1", "A2", "A3", "A5"],
        ["vehicle_insurance"] = ["I1", "I3", "L2", "L4"],
        ["oil_invoice"] = ["T1", "T2", "L3"],
    };

    private static readonly Dictionary<string, string> KeyColumn = new()
    {
        ["cases"] = "case_no", ["claims"] = "claim_no", ["arbitrations"] = "award_no", ["auctions"] = "auction_id",
        ["invoices"] = "invoice_no", ["insurance_claims"] = "claim_no", ["bankruptcies"] = "bankruptcy_no",
    };

    [Fact]
    public void Small_scales_still_plant_a_few_rings_of_every_model()
    {
        var data = Generated.Get(0.05, 1);
        var models = Rings(data).GroupBy(r => r.GetProperty("model").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(ModelSignals.Keys.Order(), models.Keys.Order());
        Assert.All(models.Values, count => Assert.True(count >= 3));
    }

    [Fact]
    public void Rings_show_at_least_two_of_their_models_signals_and_have_2_to_15_members_with_true_ids()
    {
        var data = Generated.Get(0.2, 8);
        var catalog = new EntityCatalog(0.2, 8);
        var signalSets = new HashSet<string>();
        foreach (var ring in Rings(data))
        {
            var model = ring.GetProperty("model").GetString()!;
            var signals = ring.GetProperty("signals").EnumerateArray().Select(s => s.GetString()!).ToArray();
            signalSets.Add(model + string.Join('+', signals));
            Assert.True(signals.Length >= 2, ring.GetProperty("id").GetString());
            Assert.All(signals, s => Assert.Contains(s, ModelSignals[model]));
            var members = ring.GetProperty("members").EnumerateArray().ToArray();
            Assert.InRange(members.Length, 2, 15);
            foreach (var member in members)
            {
                var id = member.GetProperty("id").GetString()!;
                Assert.True(member.GetProperty("kind").GetString() == "person" ? ResidentId.IsValid(id) : Uscc.IsValid(id));
                var truth = catalog.Describe(member.GetProperty("entity").GetString()!);
                Assert.Equal(truth.Id, id);
                Assert.Equal(truth.Name, member.GetProperty("name").GetString());
            }
        }

        Assert.True(signalSets.Count > 10, "rings should vary in which signals they show");
    }

    [Fact]
    public void Every_ring_record_exists_in_the_data_files()
    {
        var data = Generated.Get(0.2, 8);
        var keys = KeyColumn.ToDictionary(k => k.Key, k => data.Rows(k.Key).Select(r => r[k.Value]).ToHashSet());
        var count = 0;
        foreach (var record in Rings(data).SelectMany(r => r.GetProperty("records").EnumerateArray()))
        {
            var kind = record.GetProperty("kind").GetString()!;
            Assert.Contains(record.GetProperty("key").GetString(), keys[kind]);
            count++;
        }

        Assert.True(count > 100);
    }

    [Fact]
    public void Every_kind_of_trap_is_present_and_its_records_exist()
    {
        var data = Generated.Get(0.2, 8);
        var traps = data.Truth.GetProperty("traps").EnumerateArray().ToArray();
        var kinds = traps.Select(t => t.GetProperty("kind").GetString()).ToHashSet();
        Assert.Superset(kinds, new HashSet<string?> { "serial_institution", "hub_law_firm", "shared_compound", "contested_divorce", "ordinary_wage_claims", "single_bidder" });
        var keys = KeyColumn.ToDictionary(k => k.Key, k => data.Rows(k.Key).Select(r => r[k.Value]).ToHashSet());
        foreach (var record in traps.SelectMany(t => t.GetProperty("records").EnumerateArray()))
        {
            Assert.Contains(record.GetProperty("key").GetString(), keys[record.GetProperty("kind").GetString()!]);
        }
    }

    public static IEnumerable<JsonElement> Rings(Dataset data) => data.Truth.GetProperty("rings").EnumerateArray();
}
