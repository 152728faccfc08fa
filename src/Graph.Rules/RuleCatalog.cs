using Graph.Rules.Parsing;

namespace Graph.Rules;

/// <summary>
/// The rules of one folder (every *.cypher file, sorted by path), with the header errors of the files that did not
/// parse. Loading never stops at a bad file: a broken rule is reported and the others stay usable.
/// </summary>
public sealed class RuleCatalog
{
    private RuleCatalog(string directory, IReadOnlyList<RuleDefinition> rules, IReadOnlyList<RuleError> errors)
    {
        Directory = directory;
        Rules = rules;
        Errors = errors;
    }

    public string Directory { get; }

    public IReadOnlyList<RuleDefinition> Rules { get; }

    public IReadOnlyList<RuleError> Errors { get; }

    public RuleDefinition? Find(string id) => Rules.FirstOrDefault(rule => string.Equals(rule.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads every .cypher file of <paramref name="directory"/> (not its subfolders); paths in errors are as found under it.</summary>
    public static RuleCatalog Load(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return new RuleCatalog(directory, [], [new RuleError(directory, 0, 0, RuleErrorCodes.NoRules, "the rules folder does not exist.")]);
        }

        var files = System.IO.Directory.GetFiles(directory, "*.cypher").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            return new RuleCatalog(directory, [], [new RuleError(directory, 0, 0, RuleErrorCodes.NoRules, "the rules folder holds no .cypher file.")]);
        }

        return FromResults(directory, files.Select(RuleFileParser.ParseFile));
    }

    /// <summary>A catalog of already-parsed files (tests, tools that hold rules in memory); duplicate ids are errors.</summary>
    public static RuleCatalog FromResults(string directory, IEnumerable<RuleParseResult> results)
    {
        var rules = new List<RuleDefinition>();
        var errors = new List<RuleError>();
        var seen = new Dictionary<string, RuleDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var result in results)
        {
            errors.AddRange(result.Errors);
            if (result.Rule is not { } rule)
            {
                continue;
            }

            if (seen.TryGetValue(rule.Id, out var first))
            {
                var line = rule.FieldLines.GetValueOrDefault("id", 1);
                errors.Add(new RuleError(rule.FilePath, line, rule.FieldColumns.GetValueOrDefault("id", 1), RuleErrorCodes.DuplicateId, $"rule id {rule.Id} is already used by {first.FilePath}."));
                continue;
            }

            seen[rule.Id] = rule;
            rules.Add(rule);
        }

        return new RuleCatalog(directory, rules, errors);
    }
}
