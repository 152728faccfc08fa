using Graph.Records.Identifiers;
using Graph.Rules;

namespace Graph.Rings.Tests.Support;

/// <summary>Synthetic rule hits over made-up node ids: persons are P{id}, each hit cites one record of its own.</summary>
public static class SyntheticHits
{
    private static int _nextRecord = 1_000_000;

    public static RuleHit Hit(string rule, double weight, params int[] entities) => Hit(rule, "private_lending", weight, entities);

    public static RuleHit Hit(string rule, string model, double weight, params int[] entities)
    {
        int record = Interlocked.Increment(ref _nextRecord);
        return new RuleHit(
            rule,
            model,
            weight,
            [.. entities.Select(e => new HitEntity(e, "person", $"P{e}", IdOf(e)))],
            [new HitRecord(record, "case", $"(2020)浙0602民初{record}号")],
            $"{rule} names {string.Join(", ", entities.Select(e => $"P{e}"))}");
    }

    /// <summary>A valid resident id for the made-up person with this node id.</summary>
    public static string IdOf(int entity) => ResidentId.Create(330602, new DateOnly(1980, 1, 1), entity % 1000);

    /// <summary>Pairwise hits of one rule joining every member of a group, so that the group is a tight ring.</summary>
    public static IEnumerable<RuleHit> Clique(string rule, double weight, params int[] members)
    {
        for (int i = 0; i < members.Length; i++)
        {
            for (int j = i + 1; j < members.Length; j++)
            {
                yield return Hit(rule, weight, members[i], members[j]);
            }
        }
    }
}
