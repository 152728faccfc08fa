using Graph.Rules;

namespace Graph.Api.Analysis;

/// <summary>Rule definitions as the API shows them.</summary>
public static class RuleViews
{
    public static RuleView From(RuleDefinition rule) => new(
        rule.Id,
        rule.Title,
        rule.Model,
        rule.Severity.ToString().ToLowerInvariant(),
        rule.Meaning,
        rule.Signals,
        rule.Parameters.Select(p => new RuleParameterView(p.Name, p.Default.ToString(), p.Description)).ToList(),
        rule.Query,
        Path.GetFileName(rule.FilePath));
}
