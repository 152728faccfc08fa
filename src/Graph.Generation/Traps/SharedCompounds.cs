using Graph.Generation.Entities;
using Graph.Generation.Records;

namespace Graph.Generation.Traps;

/// <summary>
/// Compounds whose residents are written at compound level, hundreds to one address: opposing parties
/// sharing an address (L2) means little there. Membership is a pure function of the person index.
/// </summary>
public static class SharedCompounds
{
    public static void Record(World world)
    {
        var traps = new Truth.TrapTruth[world.Layout.CompoundCount];
        for (var p = world.Layout.ResidentStart; p < world.People.Count; p++)
        {
            var compound = world.People.CompoundOf(p);
            if (compound < 0)
            {
                continue;
            }

            traps[compound] ??= world.Truth.NewTrap("shared_compound", $"{world.People.CompoundAddress(compound)}：数百名住户登记同一地址");
            traps[compound].Entity(Entity.Person(p));
        }
    }
}
