using Graph.Api.Configuration;
using Graph.Api.Hosting;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests.Hosting;

/// <summary>Wrong settings stop the service at start-up with a message that says what to fix.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public void A_missing_store_and_no_keys_are_both_reported()
    {
        var error = Assert.Throws<ApiConfigurationException>(() => ApiHost.Build(new ApiHostSettings
        {
            Overrides = new Dictionary<string, string?> { ["Api:Store"] = "/nonexistent/store" },
            ConsoleLogs = false,
        }));

        Assert.Contains(error.Problems, p => p.Contains("no store at", StringComparison.Ordinal) && p.Contains("graph serve --demo", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("No API keys", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_keys_and_a_short_JWT_secret_are_reported()
    {
        var error = Assert.Throws<ApiConfigurationException>(() => ApiHost.Build(new ApiHostSettings
        {
            Overrides = new Dictionary<string, string?>
            {
                ["Api:Store"] = RepositoryPaths.Root,
                ["Api:Keys:0:Name"] = "x",
                ["Api:Keys:0:Key"] = "short",
                ["Api:Keys:0:Roles:0"] = "superuser",
                ["Api:Jwt:Issuer"] = "i",
                ["Api:Jwt:Audience"] = "a",
                ["Api:Jwt:SigningKey"] = "too-short",
            },
            ConsoleLogs = false,
        }));

        Assert.Contains(error.Problems, p => p.Contains("shorter than 16", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("unknown role 'superuser'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("SigningKey", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_rules_folder_is_reported_rather_than_finding_no_rings()
    {
        var error = Assert.Throws<ApiConfigurationException>(() => ApiHost.Build(new ApiHostSettings
        {
            Overrides = new Dictionary<string, string?>
            {
                ["Api:Store"] = RepositoryPaths.Root,
                ["Api:Rules"] = "/nonexistent/rules",
                ["Api:Keys:0:Name"] = "x",
                ["Api:Keys:0:Key"] = "a-long-enough-key-123",
                ["Api:Keys:0:Roles:0"] = "admin",
            },
            ConsoleLogs = false,
        }));

        Assert.Contains(error.Problems, p => p.StartsWith("Api:Rules: there is no rules folder at '/nonexistent/rules'", StringComparison.Ordinal) && p.Contains("--rules", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unreachable_Redis_is_reported_at_start_up()
    {
        var error = Assert.Throws<ApiConfigurationException>(() => ApiHost.Build(new ApiHostSettings
        {
            Overrides = new Dictionary<string, string?>
            {
                ["Api:Store"] = RepositoryPaths.Root,
                ["Api:Redis"] = "127.0.0.1:1,connectTimeout=500",
                ["Api:Keys:0:Name"] = "x",
                ["Api:Keys:0:Key"] = "a-long-enough-key-123",
                ["Api:Keys:0:Roles:0"] = "admin",
            },
            ConsoleLogs = false,
        }));

        Assert.Contains(error.Problems, p => p.StartsWith("Api:Redis: cannot reach Redis", StringComparison.Ordinal));
    }
}
