namespace Graph.Api.Configuration;

/// <summary>One API key: who holds it and with which roles. Either the key itself or its SHA-256 (hex) is configured.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>The principal name written to the audit log.</summary>
    public string Name { get; set; } = "";

    /// <summary>The key as sent in <c>X-Api-Key</c> (at least 16 characters).</summary>
    public string? Key { get; set; }

    /// <summary>Lower-case hex SHA-256 of the key, so that configuration files need not hold the key itself.</summary>
    public string? Sha256 { get; set; }

    /// <summary>investigator, rule_author, admin.</summary>
    public List<string> Roles { get; set; } = [];
}
