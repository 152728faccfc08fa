using Graph.Cypher.Tck.Matching;

namespace Graph.Cypher.Tck.Values;

/// <summary>
/// TCK equality between an expected cell and an engine's value. Graph elements match by labels or type and
/// properties, never identity; integers never match floats (the TCK tells 1 from 1.0); NaN matches NaN because a
/// result table can only say "NaN"; lists keep their order unless the step ignores element order for lists.
/// </summary>
public static class TckValueMatcher
{
    /// <summary>
    /// Relative slack for floats. The TCK writes floats with full round-trip digits, but an engine may sum or
    /// divide in another order and land a few units in the last place away; 1e-12 forgives that and nothing more.
    /// </summary>
    public const double FloatRelativeTolerance = 1e-12;

    public static bool Matches(TckValue expected, TckValue actual, bool ignoreListOrder = false) => (expected, actual) switch
    {
        (TckNull, TckNull) => true,
        (TckBoolean e, TckBoolean a) => e.Value == a.Value,
        (TckInteger e, TckInteger a) => e.Value == a.Value,
        (TckFloat e, TckFloat a) => FloatsMatch(e.Value, a.Value),
        (TckString e, TckString a) => string.Equals(e.Value, a.Value, StringComparison.Ordinal),
        (TckList e, TckList a) => ListsMatch(e.Items, a.Items, ignoreListOrder),
        (TckMap e, TckMap a) => MapsMatch(e, a, ignoreListOrder),
        (TckNode e, TckNode a) => NodesMatch(e, a, ignoreListOrder),
        (TckRelationship e, TckRelationship a) => RelationshipsMatch(e, a, ignoreListOrder),
        (TckPath e, TckPath a) => PathsMatch(e, a, ignoreListOrder),
        _ => false,
    };

    public static bool FloatsMatch(double expected, double actual)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            return double.IsNaN(expected) && double.IsNaN(actual);
        }

        if (expected.Equals(actual) || double.IsInfinity(expected) || double.IsInfinity(actual))
        {
            return expected.Equals(actual);
        }

        return Math.Abs(expected - actual) <= FloatRelativeTolerance * Math.Max(Math.Abs(expected), Math.Abs(actual));
    }

    private static bool ListsMatch(IReadOnlyList<TckValue> expected, IReadOnlyList<TckValue> actual, bool ignoreOrder)
    {
        if (ignoreOrder)
        {
            return BipartiteMatcher.HasPerfectMatching(expected, actual, (e, a) => Matches(e, a, ignoreListOrder: true));
        }

        if (expected.Count != actual.Count)
        {
            return false;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (!Matches(expected[i], actual[i], ignoreListOrder: false))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MapsMatch(TckMap expected, TckMap actual, bool ignoreListOrder)
    {
        if (expected.Entries.Count != actual.Entries.Count)
        {
            return false;
        }

        foreach (var (key, value) in expected.Entries)
        {
            var other = actual.Get(key);
            if (other is null || !Matches(value, other, ignoreListOrder))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NodesMatch(TckNode expected, TckNode actual, bool ignoreListOrder) =>
        expected.Labels.ToHashSet(StringComparer.Ordinal).SetEquals(actual.Labels)
        && expected.Labels.Count == actual.Labels.Count
        && MapsMatch(expected.Properties, actual.Properties, ignoreListOrder);

    private static bool RelationshipsMatch(TckRelationship expected, TckRelationship actual, bool ignoreListOrder) =>
        string.Equals(expected.Type, actual.Type, StringComparison.Ordinal)
        && MapsMatch(expected.Properties, actual.Properties, ignoreListOrder);

    private static bool PathsMatch(TckPath expected, TckPath actual, bool ignoreListOrder)
    {
        if (expected.Segments.Count != actual.Segments.Count || !NodesMatch(expected.Start, actual.Start, ignoreListOrder))
        {
            return false;
        }

        for (var i = 0; i < expected.Segments.Count; i++)
        {
            var (e, a) = (expected.Segments[i], actual.Segments[i]);
            if (e.PointsForward != a.PointsForward
                || !RelationshipsMatch(e.Relationship, a.Relationship, ignoreListOrder)
                || !NodesMatch(e.Node, a.Node, ignoreListOrder))
            {
                return false;
            }
        }

        return true;
    }
}
