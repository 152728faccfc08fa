using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Engine;

/// <summary>
/// A test procedure declared by a scenario: its signature and a table whose rows map input values to output
/// values. Calling it yields the outputs of every row whose inputs equal the arguments.
/// </summary>
public sealed record TckProcedure(
    string Name,
    IReadOnlyList<TckProcedureParameter> Inputs,
    IReadOnlyList<TckProcedureParameter> Outputs,
    IReadOnlyList<IReadOnlyDictionary<string, TckValue>> Rows)
{
    /// <summary>The output rows (values in <see cref="Outputs"/> order) for these arguments, given in <see cref="Inputs"/> order.</summary>
    public IReadOnlyList<IReadOnlyList<TckValue>> Invoke(IReadOnlyList<TckValue> arguments)
    {
        if (arguments.Count != Inputs.Count)
        {
            throw new ArgumentException($"{Name} takes {Inputs.Count} arguments, not {arguments.Count}.", nameof(arguments));
        }

        return Rows
            .Where(row => Inputs.Select((input, i) => ArgumentMatches(row[input.Name], arguments[i])).All(match => match))
            .Select(row => (IReadOnlyList<TckValue>)Outputs.Select(output => row[output.Name]).ToList())
            .ToList();
    }

    /// <summary>NUMBER and FLOAT inputs accept integers, so 1 must find the row written 1.0 and the other way round.</summary>
    private static bool ArgumentMatches(TckValue declared, TckValue given) => (declared, given) switch
    {
        (TckInteger d, TckFloat g) => d.Value == g.Value,
        (TckFloat d, TckInteger g) => d.Value == g.Value,
        _ => TckValueMatcher.Matches(declared, given),
    };
}
