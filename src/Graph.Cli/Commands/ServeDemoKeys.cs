using System.Security.Cryptography;

namespace Graph.Cli.Commands;

/// <summary>Fresh API keys for a demo session, one per role, printed at start-up and valid until the service stops.</summary>
public static class ServeDemoKeys
{
    public static IReadOnlyList<(string Name, string Role, string Key)> Create() =>
        [.. new[] { "investigator", "rule_author", "admin" }.Select(role => ($"demo-{role}", role, $"demo-{role}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}"))];

    /// <summary>As configuration keys; indexes far above any a settings file would use, so they add to configured keys.</summary>
    public static Dictionary<string, string?> AsConfiguration(IReadOnlyList<(string Name, string Role, string Key)> keys)
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < keys.Count; i++)
        {
            var prefix = $"Api:Keys:{900 + i}:";
            settings[prefix + "Name"] = keys[i].Name;
            settings[prefix + "Key"] = keys[i].Key;
            settings[prefix + "Roles:0"] = keys[i].Role;
        }

        return settings;
    }
}
