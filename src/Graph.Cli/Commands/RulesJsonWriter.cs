using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Rules.Running;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph rules run --format json`: one document, `{"rules":[per-rule summary], "hits":[hits in the contract's shape]}`,
/// snake_case like the other JSON the CLI writes; Chinese text stays readable.
/// </summary>
public static class RulesJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(RuleRunReport report, TextWriter output)
    {
        var document = new
        {
            Rules = report.Outcomes.Select(outcome => new
            {
                outcome.Rule.Id,
                outcome.Rule.Title,
                outcome.Rule.Model,
                Severity = outcome.Rule.Severity.ToString().ToLowerInvariant(),
                Hits = outcome.Hits.Count,
                ElapsedMs = Math.Round(outcome.Elapsed.TotalMilliseconds),
                Error = outcome.Error is { } error ? $"{error.Code}: {error.Message}" : null,
            }),
            Hits = report.Hits,
        };
        output.WriteLine(JsonSerializer.Serialize(document, Options));
    }
}
