using System.Net.Http.Headers;
using Graph.Api.Analysis;
using Graph.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests.Support;

/// <summary>The real service on Kestrel at 127.0.0.1 (a free port), over a test store, reached through real HTTP.</summary>
public sealed class ApiServer : IAsyncDisposable
{
    public const string InvestigatorKey = "test-investigator-key-0001";
    public const string RuleAuthorKey = "test-rule-author-key-0002";
    public const string AdminKey = "test-admin-key-0000000003";
    public const string JwtSigningKey = "test-jwt-signing-key-of-at-least-32-bytes!";
    public const string JwtIssuer = "https://idp.test";
    public const string JwtAudience = "graph-api";
    public const string IdSecret = "a-shared-id-secret-for-every-test-instance";

    private readonly WebApplication _app;

    private ApiServer(WebApplication app, Uri baseAddress, string stateDirectory)
    {
        _app = app;
        BaseAddress = baseAddress;
        StateDirectory = stateDirectory;
    }

    public Uri BaseAddress { get; }

    public string StateDirectory { get; }

    public IServiceProvider Services => _app.Services;

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public static async Task<ApiServer> StartAsync(string storePath, string? redis, IDictionary<string, string?>? extra = null, bool runRulesAtStartup = true, IAnalysisRunner? analysis = null)
    {
        var state = Path.Combine(Path.GetDirectoryName(storePath)!, "state-" + Guid.NewGuid().ToString("N")[..8]);
        var settings = new Dictionary<string, string?>
        {
            ["Api:Store"] = storePath,
            ["Api:Rules"] = RepositoryPaths.Rules,
            ["Api:StateDirectory"] = state,
            ["Api:IdSecret"] = IdSecret,
            ["Api:Redis"] = redis,
            ["Api:RunRulesAtStartup"] = runRulesAtStartup ? "true" : "false",
            ["Api:StorePollSeconds"] = "0",
            ["Api:Limits:MaxRequestBytes"] = "65536",
            ["Api:RateLimit:PermitsPerSecond"] = "10000",
            ["Api:RateLimit:Burst"] = "10000",
            ["Api:Keys:0:Name"] = "ivy",
            ["Api:Keys:0:Key"] = InvestigatorKey,
            ["Api:Keys:0:Roles:0"] = "investigator",
            ["Api:Keys:1:Name"] = "rob",
            ["Api:Keys:1:Key"] = RuleAuthorKey,
            ["Api:Keys:1:Roles:0"] = "rule_author",
            ["Api:Keys:2:Name"] = "ada",
            ["Api:Keys:2:Key"] = AdminKey,
            ["Api:Keys:2:Roles:0"] = "admin",
            ["Api:Jwt:Issuer"] = JwtIssuer,
            ["Api:Jwt:Audience"] = JwtAudience,
            ["Api:Jwt:SigningKey"] = JwtSigningKey,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = ApiHost.Build(new ApiHostSettings
        {
            Overrides = settings,
            Urls = ["http://127.0.0.1:0"],
            ConsoleLogs = Environment.GetEnvironmentVariable("GRAPH_TEST_LOGS") == "1",
            AnalysisRunner = analysis,
        });
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Urls.First();
        return new ApiServer(app, new Uri(address), state);
    }

    public HttpClient Client(string? apiKey = InvestigatorKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    public HttpClient BearerClient(string token)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
