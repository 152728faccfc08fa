namespace Graph.Loading.Mapping;

/// <summary>Which side of a dispute a role is on, so rules can compare "opposing parties" without listing roles.</summary>
public static class Sides
{
    public const string Claimant = "claimant";
    public const string Respondent = "respondent";
    public const string Third = "third";

    public static string Of(string? role) => role?.ToLowerInvariant() switch
    {
        "plaintiff" or "applicant" or "enforcement_applicant" => Claimant,
        "defendant" or "respondent" or "enforcement_respondent" => Respondent,
        _ => Third,
    };
}
