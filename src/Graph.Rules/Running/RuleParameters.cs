using Graph.Cypher.Values;

namespace Graph.Rules.Running;

/// <summary>The parameter values a rule runs with: its header defaults, overridden by the user's `name` then `RULE-ID.name` values.</summary>
public static class RuleParameters
{
    public static IReadOnlyDictionary<string, CypherValue> For(RuleDefinition rule, IReadOnlyDictionary<string, CypherValue> overrides)
    {
        var values = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        foreach (var parameter in rule.Parameters)
        {
            values[parameter.Name] = overrides.TryGetValue($"{rule.Id}.{parameter.Name}", out var qualified) ? qualified
                : overrides.TryGetValue(parameter.Name, out var plain) ? plain
                : parameter.Default;
        }

        return values;
    }

    /// <summary>Override names no rule of <paramref name="rules"/> declares — most likely typos, which would otherwise change nothing silently.</summary>
    public static IReadOnlyList<string> Unknown(IEnumerable<RuleDefinition> rules, IEnumerable<string> overrideNames)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            foreach (var parameter in rule.Parameters)
            {
                known.Add(parameter.Name);
                known.Add($"{rule.Id}.{parameter.Name}");
            }
        }

        return overrideNames.Where(name => !known.Contains(name)).ToList();
    }
}
