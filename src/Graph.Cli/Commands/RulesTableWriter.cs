using System.Globalization;
using Graph.Rules;
using Graph.Rules.Running;

namespace Graph.Cli.Commands;

/// <summary>`graph rules run --format table`: a summary line per rule, then each hit: weight, explanation, who and which records.</summary>
public static class RulesTableWriter
{
    public static void Write(RuleRunReport report, TextWriter output)
    {
        output.WriteLine($"{"rule",-8} {"severity",-8} {"hits",6} {"seconds",8}  title");
        foreach (var outcome in report.Outcomes)
        {
            var hits = outcome.Succeeded ? outcome.Hits.Count.ToString(CultureInfo.InvariantCulture) : "error";
            output.WriteLine($"{outcome.Rule.Id,-8} {outcome.Rule.Severity.ToString().ToLowerInvariant(),-8} {hits,6} {outcome.Elapsed.TotalSeconds,8:0.00}  {outcome.Rule.Title}");
        }

        foreach (var outcome in report.Outcomes.Where(outcome => outcome.Hits.Count > 0))
        {
            output.WriteLine();
            output.WriteLine($"{outcome.Rule.Id} {outcome.Rule.Title} ({outcome.Hits.Count})");
            foreach (var hit in outcome.Hits)
            {
                output.WriteLine($"  {hit.Weight,5:0.00}  {hit.Text}");
                output.WriteLine($"         who: {string.Join("; ", hit.Entities.Select(Entity))}");
                output.WriteLine($"         records: {string.Join("; ", hit.Records.Select(record => $"{record.Kind} {record.Key}"))}");
            }
        }
    }

    private static string Entity(HitEntity entity) => entity.Id is { } id ? $"{entity.Name} ({id})" : entity.Name;
}
