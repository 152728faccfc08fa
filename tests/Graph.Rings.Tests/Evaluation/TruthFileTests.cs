using System.Text;
using Graph.Rings.Evaluation;

namespace Graph.Rings.Tests.Evaluation;

public sealed class TruthFileTests
{
    public const string Sample = """
        {
          "generator": { "name": "Graph.Generation", "version": "1.0.0" }, "scale": 1, "seed": 7,
          "rings": [
            { "id": "R00001", "model": "private_lending", "signals": ["L2", "L4"],
              "members": [ { "kind": "person", "name": "张伟", "id": "330602198001011234", "entity": "P1" },
                           { "kind": "person", "name": "李娜", "id": "330602198501011234", "entity": "P2" },
                           { "kind": "company", "name": "绍兴某某有限公司", "id": "91330600MA2D000001", "entity": "C1" },
                           { "kind": "person", "name": "王芳", "id": "330602199001011234", "entity": "P3" } ],
              "records": [ { "kind": "cases", "key": "(2019)浙0602民初1234号" } ] },
            { "id": "R00002", "model": "auction", "signals": ["A1", "A2"],
              "members": [ { "kind": "person", "name": "赵六", "id": "330602197001011234", "entity": "P4" },
                           { "kind": "person", "name": "钱七", "id": "330602197101011234", "entity": "P5" } ],
              "records": [ { "kind": "auctions", "key": "600000000001" } ] }
          ],
          "traps": [
            { "kind": "serial_institution", "description": "银行", "entity_count": 3,
              "entities": [ { "kind": "company", "name": "某银行", "id": "91330600MA2D000009", "entity": "C9" },
                            { "kind": "person", "name": "孙八", "id": "330602196001011234", "entity": "P8" } ],
              "record_count": 0, "records": [] }
          ],
          "noise": { "duplicate_row": 0 }
        }
        """;

    public static TruthFile Read() => TruthFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(Sample)));

    [Fact]
    public void Rings_members_records_and_traps_are_read_and_other_fields_ignored()
    {
        TruthFile truth = Read();

        Assert.Equal(2, truth.Rings.Count);
        TruthRing ring = truth.Rings[0];
        Assert.Equal(("R00001", "private_lending"), (ring.Id, ring.Model));
        Assert.Equal(["L2", "L4"], ring.Signals);
        Assert.Equal(new TruthEntity("C1", "company", "绍兴某某有限公司", "91330600MA2D000001"), ring.Members[2]);
        Assert.Equal(new TruthRecord("cases", "(2019)浙0602民初1234号"), Assert.Single(ring.Records));
        TruthTrap trap = Assert.Single(truth.Traps);
        Assert.Equal("serial_institution", trap.Kind);
        Assert.Equal(2, trap.Entities.Count);
    }
}
