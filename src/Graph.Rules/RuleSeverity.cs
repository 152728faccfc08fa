namespace Graph.Rules;

/// <summary>How much a hit of the rule weighs on its own, as the header's `severity:` says.</summary>
public enum RuleSeverity
{
    Low,
    Medium,
    High,
}
