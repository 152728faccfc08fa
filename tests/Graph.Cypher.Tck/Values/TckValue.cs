namespace Graph.Cypher.Tck.Values;

/// <summary>
/// A value as the TCK writes it in a result table, and as an engine must hand back its results.
/// Deliberately not the engine's value type: the harness must judge the engine, not share its code.
/// Equality goes through <see cref="TckValueMatcher"/>, because TCK equality (no identities, float tolerance,
/// optional list-order blindness) is not the structural equality a record would give.
/// </summary>
public abstract class TckValue
{
    public static TckValue Null => TckNull.Instance;

    public static TckValue Of(bool value) => new TckBoolean(value);

    public static TckValue Of(long value) => new TckInteger(value);

    public static TckValue Of(double value) => new TckFloat(value);

    public static TckValue Of(string value) => new TckString(value);

    public static TckValue List(params TckValue[] items) => new TckList(items);

    public static TckValue Parse(string cell) => TckValueParser.Parse(cell);

    public sealed override string ToString() => TckValueFormatter.Format(this);
}
