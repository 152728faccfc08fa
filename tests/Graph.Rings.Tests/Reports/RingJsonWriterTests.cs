using System.Text.Json;
using Graph.Rings.Reports;
using Graph.Rings.Tests.Support;

namespace Graph.Rings.Tests.Reports;

public sealed class RingJsonWriterTests
{
    [Fact]
    public void The_ring_list_has_the_shape_issue_4_fixes()
    {
        var hits = SyntheticHits.Clique("PL-001", 0.9, 1, 2, 3).Append(SyntheticHits.Hit("PL-004", 0.8, 1, 2)).ToList();
        RingReport report = RingDetector.Detect(hits, null);

        using JsonDocument json = JsonDocument.Parse(RingJsonWriter.ToJson(report));

        JsonElement ring = Assert.Single(json.RootElement.GetProperty("rings").EnumerateArray());
        Assert.StartsWith("RING-", ring.GetProperty("id").GetString());
        Assert.InRange(ring.GetProperty("score").GetDouble(), 0, 1);
        Assert.Equal(["private_lending"], ring.GetProperty("models").EnumerateArray().Select(m => m.GetString()));
        var members = ring.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(3, members.Count);
        Assert.All(members, m =>
        {
            Assert.Equal("person", m.GetProperty("kind").GetString());
            Assert.StartsWith("P", m.GetProperty("name").GetString());
            Assert.Equal(18, m.GetProperty("id").GetString()!.Length);
        });
        Assert.Equal(4, ring.GetProperty("records").GetArrayLength());
        var evidence = ring.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal(4, evidence.Count);
        Assert.All(evidence, e =>
        {
            Assert.StartsWith("PL-00", e.GetProperty("rule").GetString());
            Assert.Contains(" names ", e.GetProperty("text").GetString());
            Assert.Equal(JsonValueKind.String, Assert.Single(e.GetProperty("records").EnumerateArray()).ValueKind);
        });
    }

    [Fact]
    public void Chinese_text_is_written_as_is_and_a_member_without_id_has_null()
    {
        var hit = SyntheticHits.Hit("PL-001", 0.9, 1, 2);
        hit = hit with { Entities = [new(1, "person", "张三", null), new(2, "company", "绍兴某某有限公司", "91330600MA2D4XXXXX")] };

        string text = RingJsonWriter.ToJson(RingDetector.Detect([hit], null));

        Assert.Contains("张三", text);
        Assert.Contains("\"id\": null", text);
    }
}
