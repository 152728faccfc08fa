namespace Graph.Api.Configuration;

/// <summary>
/// Bearer tokens signed with a shared secret (HS256) by the office's identity service. Roles come from the
/// <c>role</c> or <c>roles</c> claim, the principal name from <c>sub</c> or <c>name</c>.
/// </summary>
public sealed class JwtOptions
{
    public string Issuer { get; set; } = "";

    public string Audience { get; set; } = "";

    /// <summary>The HS256 signing secret, at least 32 bytes of UTF-8.</summary>
    public string SigningKey { get; set; } = "";
}
