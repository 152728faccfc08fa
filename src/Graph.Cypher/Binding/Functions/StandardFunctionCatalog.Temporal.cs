namespace Graph.Cypher.Binding;

public sealed partial class StandardFunctionCatalog
{
    // Each temporal type: a constructor taking nothing, a string or a map (and a time zone for the clocks), plus
    // truncate and the transaction/statement/realtime clocks.
    private static IEnumerable<FunctionSignature> Temporal()
    {
        (string Name, CypherType Type)[] types =
        [
            ("date", CypherType.Date), ("localtime", CypherType.LocalTime), ("time", CypherType.Time),
            ("localdatetime", CypherType.LocalDateTime), ("datetime", CypherType.DateTime),
        ];
        foreach (var (name, type) in types)
        {
            yield return Ranged(name, 0, 1, type);
            yield return Ranged(name + ".truncate", 2, 3, type);
            foreach (var clock in new[] { "transaction", "statement", "realtime" })
            {
                yield return Ranged($"{name}.{clock}", 0, 1, type);
            }
        }

        yield return Fixed("datetime.fromepoch", 2, CypherType.DateTime);
        yield return Fixed("datetime.fromepochmillis", 1, CypherType.DateTime);
        yield return Fixed("duration", 1, CypherType.Duration);
        foreach (var name in new[] { "between", "inMonths", "inDays", "inSeconds" })
        {
            yield return Fixed("duration." + name, 2, CypherType.Duration);
        }
    }
}
