using System.Security.Claims;

namespace Graph.Api.Security;

/// <summary>Who is asking, as the resolvers and the audit log need it.</summary>
public sealed record Caller(string Name, IReadOnlyList<string> Roles, Permission Permissions)
{
    public static Caller Anonymous { get; } = new("anonymous", [], Permission.None);

    public bool Can(Permission permission) => (Permissions & permission) == permission;

    public static Caller From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true } identity)
        {
            return Anonymous;
        }

        var roles = principal.Claims
            .Where(c => c.Type is ClaimTypes.Role or "role" or "roles")
            .SelectMany(c => c.Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var name = identity.Name ?? principal.FindFirst("sub")?.Value ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "unknown";
        return new Caller(name, roles, Security.Roles.PermissionsOf(roles));
    }
}
