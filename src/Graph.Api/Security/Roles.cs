namespace Graph.Api.Security;

/// <summary>
/// The roles callers hold and what each allows. A rule author reads and triages like an investigator and may also
/// run Cypher and rules, but sees resident id numbers and phone numbers masked: tuning a rule needs the shape of the
/// data, not the identity of the people in it. Investigators see them in full; admins can do everything.
/// </summary>
public static class Roles
{
    public const string Investigator = "investigator";
    public const string RuleAuthor = "rule_author";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Investigator, RuleAuthor, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    public static Permission PermissionsOf(IEnumerable<string> roles)
    {
        var granted = Permission.None;
        foreach (var role in roles)
        {
            granted |= role switch
            {
                Investigator => Permission.Read | Permission.Triage | Permission.SeeIdentifiers,
                RuleAuthor => Permission.Read | Permission.Triage | Permission.Cypher | Permission.RunRules,
                Admin => Permission.All,
                _ => Permission.None,
            };
        }

        return granted;
    }
}
