using Graph.Rings.Hits;
using Graph.Rings.Tests.Support;
using Graph.Rules;

namespace Graph.Rings.Tests.Hits;

public sealed class HitFileTests
{
    [Fact]
    public void Saved_hits_read_back_equal_with_the_store_version_they_were_found_on()
    {
        using var folder = new TempFolder();
        RuleHit hit = SyntheticHits.Hit("PL-001", 0.9, 1, 2) with { Entities = [new(1, "person", "张三", "330602198001011234"), new(2, "company", "绍兴某某有限公司", null)] };

        HitFile.Write(folder["hits.jsonl"], 42, [hit]);
        var (version, hits) = HitFile.Read(folder["hits.jsonl"]);

        Assert.Equal(42, version);
        RuleHit read = Assert.Single(hits);
        Assert.Equal((hit.RuleId, hit.Model, hit.Weight, hit.Text), (read.RuleId, read.Model, read.Weight, read.Text));
        Assert.Equal(hit.Entities, read.Entities);
        Assert.Equal(hit.Records, read.Records);
    }
}
