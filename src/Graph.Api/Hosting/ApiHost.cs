using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Graph.Api.Analysis;
using Graph.Api.Audit;
using Graph.Api.Caching;
using Graph.Api.Configuration;
using Graph.Api.Execution;
using Graph.Api.Http;
using Graph.Api.Metrics;
using Graph.Api.Paging;
using Graph.Api.Schema;
using Graph.Api.Security;
using Graph.Api.Services;
using Graph.Api.Store;
using Graph.Api.Triage;
using GraphQL;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using StackExchange.Redis;

namespace Graph.Api.Hosting;

/// <summary>
/// Builds the service: configuration (appsettings.json, GRAPH_-prefixed and plain environment variables, command line,
/// then the caller's overrides), checked up front; the store, caches, security, GraphQL and the endpoints
/// /graphql, /health, /metrics and /schema.graphql.
/// </summary>
public static class ApiHost
{
    public const string DefaultUrl = "http://127.0.0.1:5080";
    private const string AuthScheme = "ApiKeyOrBearer";

    public static WebApplication Build(ApiHostSettings settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = settings.Args, ContentRootPath = Directory.GetCurrentDirectory() });
        if (settings.SettingsFile is { } file)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(file), optional: false);
            builder.Configuration.AddEnvironmentVariables();
        }

        builder.Configuration.AddEnvironmentVariables("GRAPH_");
        builder.Configuration.AddInMemoryCollection(settings.Overrides);
        var options = builder.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
        var problems = ApiOptionsValidator.Problems(options).ToList();
        if (settings.GraphSource is not null)
        {
            problems.RemoveAll(p => p.StartsWith("Api:Store", StringComparison.Ordinal));
        }

        var multiplexer = ConnectRedis(options, problems);
        if (problems.Count > 0)
        {
            multiplexer?.Dispose();
            throw new ApiConfigurationException(problems);
        }

        ConfigureLogging(builder, options, settings);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = Math.Max(options.Limits.MaxRequestBytes * 2L, 1024 * 1024);
            k.AddServerHeader = false;
        });
        if (settings.Urls.Count > 0)
        {
            builder.WebHost.UseUrls([.. settings.Urls]);
        }
        else if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var services = builder.Services;
        var metrics = new ApiMetrics();
        services.AddSingleton(options);
        services.AddSingleton(metrics);
        AddGraphSource(services, options, settings);
        var stateDirectory = options.StateDirectory ?? Path.GetFullPath(options.Store).TrimEnd(Path.DirectorySeparatorChar) + ".api";
        var database = new StateDatabase(stateDirectory);
        services.AddSingleton(database);
        services.AddSingleton(new NodeIdCodec(options.IdSecret is { Length: > 0 } secret ? secret : StoredSecret(stateDirectory)));
        services.AddSingleton<CursorCodec>();
        services.AddSingleton<TriageStore>();
        services.AddSingleton<AuditLog>();
        AddCaching(services, options, metrics, multiplexer);
        services.AddSingleton<NameIndexProvider>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<NeighbourhoodService>();
        services.AddSingleton<IPathFinder, LocalPathFinder>();
        services.AddSingleton<StatsService>();
        services.AddSingleton<EntityViewCache>();
        services.AddSingleton<CypherService>();
        services.AddSingleton(new RuleCatalogSource(options.Rules));
        services.AddSingleton(settings.AnalysisRunner ?? new RulesAndRingsRunner(TimeSpan.FromSeconds(options.RuleTimeLimitSeconds)));
        services.AddSingleton<AnalysisService>();
        services.AddSingleton<ApiServices>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<GraphQLEndpoint>();
        services.AddHostedService<ApiStartup>();
        services.AddGraphQL(graphql => graphql
            .AddSchema<ApiSchema>()
            .AddGraphTypes(typeof(ApiSchema).Assembly)
            // Chinese names as UTF-8, not \u escapes: half the bytes, and readable with curl. Safe: never served as HTML.
            .AddSystemTextJson(json =>
            {
                json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
                json.Converters.Add(new LeafRowJsonConverter());
            })
            .AddErrorInfoProvider(new ApiErrorInfoProvider())
            .AddComplexityAnalyzer(complexity =>
            {
                complexity.MaxDepth = options.Limits.MaxDepth;
                complexity.MaxComplexity = (int)options.Limits.MaxComplexity;
            })
            .AddValidationRule<AuthorizationValidationRule>()
            .AddExecutionStrategy<LeafListExecutionStrategy>(GraphQLParser.AST.OperationType.Query));
        AddSecurity(services, options, metrics);

        var app = builder.Build();
        var memoryLevel = (MemoryCache)app.Services.GetRequiredService<IMemoryCache>();
        metrics.ObserveMemoryLevel(() => memoryLevel.GetCurrentStatistics() is { } stats ? (stats.CurrentEstimatedSize ?? 0, stats.CurrentEntryCount) : (0, 0));
        app.UseAuthentication();
        app.UseRateLimiter();
        app.Map("/graphql", (HttpContext context, GraphQLEndpoint endpoint) => endpoint.HandleAsync(context)).RequireRateLimiting(RateLimitPolicy);
        app.MapGet("/health", Health);
        app.MapGet("/metrics", (ApiMetrics m) => Results.Text(m.ToPrometheusText(), "text/plain; version=0.0.4; charset=utf-8"));
        app.MapGet("/schema.graphql", (ApiSchema schema) => Results.Text(schema.Print(), "text/plain; charset=utf-8"));
        app.MapGet("/", () => Results.Json(new { graphql = "/graphql", health = "/health", metrics = "/metrics", schema = "/schema.graphql" }));
        return app;
    }

    public const string RateLimitPolicy = "per-caller";

    private static IResult Health(IGraphSource graph, AnalysisService analysis, IServiceProvider services)
    {
        var redis = services.GetService<IConnectionMultiplexer>();
        var latest = analysis.Latest;
        var healthy = redis is null || redis.IsConnected;
        return Results.Json(
            new
            {
                status = healthy ? "ok" : "degraded",
                storeVersion = graph.Current.Version,
                analysis = latest is null ? "running" : "ready",
                analysisVersion = latest?.Version,
                rings = latest?.Rings.Count,
                redis = redis is null ? "not configured" : redis.IsConnected ? "connected" : "unreachable",
            },
            statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static void ConfigureLogging(WebApplicationBuilder builder, ApiOptions options, ApiHostSettings settings)
    {
        builder.Logging.ClearProviders();
        if (!settings.ConsoleLogs)
        {
            return;
        }

        if (options.JsonLogs)
        {
            builder.Logging.AddJsonConsole(json => json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ");
        }
        else
        {
            builder.Logging.AddSimpleConsole(simple => simple.SingleLine = true);
        }

        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Extensions.Caching", LogLevel.Warning);
    }

    private static void AddGraphSource(IServiceCollection services, ApiOptions options, ApiHostSettings settings)
    {
        if (settings.GraphSource is { } source)
        {
            services.AddSingleton(source);
            return;
        }

        // The opened store is handed over once and not kept here: a reload must be able to release it.
        var opened = settings.OpenedStore;
        services.AddSingleton(sp =>
        {
            var source = new StoreGraphSource(
                options.Store,
                TimeSpan.FromSeconds(options.StorePollSeconds),
                sp.GetRequiredService<ILogger<StoreGraphSource>>(),
                opened,
                TimeSpan.FromSeconds(options.Limits.RequestTimeoutSeconds));
            opened = null;
            return source;
        });
        services.AddSingleton<IGraphSource>(sp => sp.GetRequiredService<StoreGraphSource>());
        services.AddHostedService(sp => sp.GetRequiredService<StoreGraphSource>());
    }

    private static IConnectionMultiplexer? ConnectRedis(ApiOptions options, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(options.Redis))
        {
            return null;
        }

        try
        {
            var configuration = ConfigurationOptions.Parse(options.Redis);
            configuration.AbortOnConnectFail = true;
            configuration.ConnectTimeout = Math.Min(configuration.ConnectTimeout, 5_000);
            // Replies read on the thread pool rather than on the client's own socket threads: on a machine of few cores
            // those threads took turns with the request threads (fresh neighbourhoods with Redis, 2 cores: 521-599
            // requests/s against 487-497 in paired runs).
            configuration.SocketManager = SocketManager.ThreadPool;
            var multiplexer = ConnectionMultiplexer.Connect(configuration);
            multiplexer.GetDatabase().Ping();
            // From here on a Redis outage degrades to memory-only caching instead of failing requests.
            return multiplexer;
        }
        catch (Exception e) when (e is RedisException or ArgumentException)
        {
            problems.Add($"Api:Redis: cannot reach Redis at '{options.Redis}': {e.Message.Split('\n')[0]} (unset Api:Redis to run on memory alone).");
            return null;
        }
    }

    private static void AddCaching(IServiceCollection services, ApiOptions options, ApiMetrics metrics, IConnectionMultiplexer? multiplexer)
    {
        if (multiplexer is not null)
        {
            services.AddSingleton(multiplexer);
            var redis = new RedisCache(Microsoft.Extensions.Options.Options.Create(new RedisCacheOptions
            {
                ConnectionMultiplexerFactory = () => Task.FromResult(multiplexer),
            }));
            services.AddSingleton<IDistributedCache>(new CountingDistributedCache(redis, metrics));
        }

        // The memory level is bounded by size: HybridCache gives each entry its serialized size.
        services.AddMemoryCache(memory =>
        {
            memory.SizeLimit = options.Cache.MaxMemoryBytes;
            memory.TrackStatistics = true;
        });
        services.AddHybridCache(hybrid =>
            {
                hybrid.MaximumPayloadBytes = Math.Max(options.Cache.MaxPayloadBytes, options.Cache.MaxEntryBytes);
                hybrid.MaximumKeyLength = 4_096;
            })
            .AddSerializer<CachedResponse, CachedResponseSerializer>()
            .AddSerializer(new NeighbourhoodViewSerializer(options.Cache.MaxEntryBytes, metrics))
            .AddSerializer(new PackedNeighbourhoodSerializer(options.Cache.MaxEntryBytes, metrics))
            .AddSerializerFactory(new BoundedJsonSerializerFactory(options.Cache, metrics));
        services.AddSingleton<ApiCache>();
        services.AddSingleton<ResponseCache>();
    }

    private static void AddSecurity(IServiceCollection services, ApiOptions options, ApiMetrics metrics)
    {
        services.AddSingleton(new ApiKeyRegistry(options.Keys));
        var authentication = services.AddAuthentication(AuthScheme)
            .AddPolicyScheme(AuthScheme, "API key or bearer token", policy => policy.ForwardDefaultSelector = context =>
                ApiKeyAuthenticationHandler.PresentedKey(context.Request.Headers) is null && options.Jwt is not null
                    ? JwtBearerDefaults.AuthenticationScheme
                    : ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, _ => { });
        if (options.Jwt is { } jwt)
        {
            authentication.AddJwtBearer(bearer =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Issuer,
                    ValidAudience = jwt.Audience,
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey)),
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = "sub",
                    RoleClaimType = "role",
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });
        }

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellation) =>
            {
                metrics.RateLimited();
                context.HttpContext.Response.Headers.RetryAfter = "1";
                await ErrorResponses.WriteAsync(context.HttpContext, new HttpProblem(StatusCodes.Status429TooManyRequests, "RATE_LIMITED", "Too many requests for this key; retry shortly."), GraphQLMediaTypes.GraphQLResponse).ConfigureAwait(false);
            };
            limiter.AddPolicy(RateLimitPolicy, context =>
            {
                var rate = options.RateLimit;
                if (rate.PermitsPerSecond <= 0)
                {
                    return RateLimitPartition.GetNoLimiter("off");
                }

                // Per principal when authenticated; anonymous callers share a bucket per address.
                var partition = context.User.Identity?.IsAuthenticated == true
                    ? "user:" + Caller.From(context.User).Name
                    : "ip:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(rate.Burst, 1),
                    TokensPerPeriod = rate.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
    }

    /// <summary>The id secret kept in the state folder, created on first start, so ids survive restarts.</summary>
    private static string StoredSecret(string stateDirectory)
    {
        var path = Path.Combine(stateDirectory, "id-secret");
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        File.WriteAllText(path, secret);
        return secret;
    }
}
