namespace Graph.Loading.Resolution;

/// <summary>The natural keys of entities (docs/graph-model.md): <c>Person:&lt;id&gt;</c>, <c>Person~&lt;name&gt;#&lt;n&gt;</c>, <c>Company:&lt;uscc&gt;</c>, <c>Company~&lt;name&gt;</c>.</summary>
public static class EntityKeys
{
    public const string PersonLabel = "Person";
    public const string CompanyLabel = "Company";
    public const string EntityLabel = "Entity";

    public static string Strong(string label, string validId) => string.Concat(label, ":", validId);

    /// <summary>A person without a valid id: the name plus a short stable hash of the evidence that defines the cluster.</summary>
    public static string WeakPerson(string name, string seed) => string.Concat(PersonLabel, "~", name, "#", StableHash.Short(seed));

    public static string WeakCompany(string name) => string.Concat(CompanyLabel, "~", name);

    /// <summary>A company without a valid USCC whose name several registered companies share: keyed like a weak person.</summary>
    public static string WeakCompany(string name, string seed) => string.Concat(CompanyLabel, "~", name, "#", StableHash.Short(seed));

    /// <summary>A reference with neither a valid id nor a name: an entity of its own, keyed by where it was written.</summary>
    public static string Unnamed(string label, string seed) => string.Concat(label, "~?#", StableHash.Short(seed));

    public static bool IsStrong(string key) => key.StartsWith(PersonLabel + ":", StringComparison.Ordinal)
        || key.StartsWith(CompanyLabel + ":", StringComparison.Ordinal);
}
