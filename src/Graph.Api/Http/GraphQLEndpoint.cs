using System.Diagnostics;
using Graph.Api.Caching;
using Graph.Api.Hosting;
using Graph.Api.Metrics;
using Graph.Api.Schema;
using Graph.Api.Security;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Http;

/// <summary>
/// The GraphQL endpoint (GraphQL over HTTP), written here because GraphQL.Server is not available: method, media
/// type, authentication and CSRF checks, request reading, execution through GraphQL.NET's document executer with
/// the complexity analyzer and the authorization rule, and the status the result calls for.
/// </summary>
public sealed partial class GraphQLEndpoint(
    IDocumentExecuter<ApiSchema> executer,
    IGraphQLTextSerializer serializer,
    ApiServices services,
    DocumentCache documents,
    ILogger<GraphQLEndpoint> log)
{
    private readonly RequestReader _reader = new(serializer, services.Options.Limits.MaxRequestBytes);

    public async Task HandleAsync(HttpContext context)
    {
        var clock = Stopwatch.StartNew();
        var operation = "none";
        try
        {
            operation = await HandleCoreAsync(context).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
        {
            // A bug, not the client's fault: say so without details, and keep those for the log.
            LogFailed(log, e);
            context.Response.Clear();
            await ErrorResponses.WriteAsync(context, new HttpProblem(StatusCodes.Status500InternalServerError, "INTERNAL", "The service failed to answer; the error is logged."), GraphQLMediaTypes.GraphQLResponse).ConfigureAwait(false);
        }
        finally
        {
            services.Metrics.Request(context.Response.StatusCode, operation, clock.Elapsed);
            if (clock.ElapsedMilliseconds > 1_000 || context.Response.StatusCode >= 500)
            {
                LogSlow(log, context.Request.Method, operation, context.Response.StatusCode, clock.ElapsedMilliseconds, Caller.From(context.User).Name);
            }
        }
    }

    private async Task<string> HandleCoreAsync(HttpContext context)
    {
        var http = context.Request;
        context.Response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(http.Method) && !HttpMethods.IsPost(http.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await ErrorResponses.WriteAsync(context, new HttpProblem(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "Use GET (queries) or POST."), GraphQLMediaTypes.GraphQLResponse).ConfigureAwait(false);
            return "none";
        }

        var mediaType = GraphQLMediaTypes.Negotiate(http.Headers.Accept.ToString());
        if (mediaType is null)
        {
            await ErrorResponses.WriteAsync(context, new HttpProblem(StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE", "Accept application/graphql-response+json or application/json."), GraphQLMediaTypes.GraphQLResponse).ConfigureAwait(false);
            return "none";
        }

        var caller = Caller.From(context.User);
        if (caller == Caller.Anonymous)
        {
            context.Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\", Bearer";
            await ErrorResponses.WriteAsync(context, new HttpProblem(StatusCodes.Status401Unauthorized, "UNAUTHENTICATED", "Send an API key (X-Api-Key) or a bearer token."), mediaType).ConfigureAwait(false);
            return "none";
        }

        if (!caller.Can(Permission.Read))
        {
            await ErrorResponses.WriteAsync(context, new HttpProblem(StatusCodes.Status403Forbidden, AuthorizationValidationRule.Code, "The caller has no role this service knows (investigator, rule_author, admin)."), mediaType).ConfigureAwait(false);
            return "none";
        }

        var (request, problem) = await _reader.ReadAsync(http, context.RequestAborted).ConfigureAwait(false);
        if (problem is not null)
        {
            await ErrorResponses.WriteAsync(context, problem, mediaType).ConfigureAwait(false);
            return "none";
        }

        var cachedDocument = documents.Parse(request!.Query);
        var document = cachedDocument?.Document;
        var operationType = document is null ? null : OperationOf(document, request.OperationName);
        if (HttpMethods.IsGet(http.Method) && operationType is OperationType.Mutation or OperationType.Subscription)
        {
            context.Response.Headers.Allow = "POST";
            await ErrorResponses.WriteAsync(context, new HttpProblem(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "Mutations are sent with POST."), mediaType).ConfigureAwait(false);
            return "mutation";
        }

        var requestContext = new ApiRequestContext(caller, services);
        context.Items[nameof(ApiRequestContext)] = requestContext;
        string? cacheKey = null;
        var analysisKey = services.Analysis.Latest?.CacheKey ?? "-";
        if (operationType == OperationType.Query)
        {
            cacheKey = ResponseCache.Key(requestContext.Snapshot.CacheTag, analysisKey, (int)caller.Permissions, mediaType, request.Query, request.OperationName, request.VariablesJson);
            if (await services.Responses.TryGetAsync(cacheKey).ConfigureAwait(false) is { } cached)
            {
                await WriteCachedAsync(context, requestContext, cached, mediaType).ConfigureAwait(false);
                return "query";
            }
        }

        var options = new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            UserContext = requestContext,
            User = context.User,
            RequestServices = context.RequestServices,
            CancellationToken = context.RequestAborted,
            Timeout = TimeSpan.FromSeconds(services.Options.Limits.RequestTimeoutSeconds),
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
        };
        if (cachedDocument is { Validated: true })
        {
            options.ValidationRules = DocumentCache.RulesForValidatedDocuments;
        }

        var result = await executer.ExecuteAsync(options).ConfigureAwait(false);
        if (result.Executed && cachedDocument is { Validated: false })
        {
            // Execution only starts after validation passed.
            cachedDocument.MarkValidated();
        }

        if (result.Errors?.Any(e => e is TimeoutError) == true)
        {
            services.Metrics.Timeout();
        }

        // How many batch reads the request's loaders made: lets a client (and the tests) see that lists are batched.
        context.Response.Headers["X-Graph-Batches"] = requestContext.Batches.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.StatusCode = ResultStatus.For(result, mediaType);
        context.Response.ContentType = mediaType + "; charset=utf-8";
        var cacheable = cacheKey is not null && requestContext.Cacheable && result.Executed && result.Errors is not { Count: > 0 }
            && (requestContext.AnalysisKey is null || requestContext.AnalysisKey == analysisKey);
        // Serialized once into a pooled buffer: sent with its length, and copied for the cache only if it is cached.
        using var buffer = new PooledBufferStream();
        await serializer.WriteAsync(buffer, result, context.RequestAborted).ConfigureAwait(false);
        if (cacheable)
        {
            context.Response.Headers["X-Graph-Cache"] = "miss";
        }

        context.Response.ContentLength = buffer.Length;
        await context.Response.Body.WriteAsync(buffer.Written, context.RequestAborted).ConfigureAwait(false);
        if (cacheable)
        {
            // The client has its answer before the cache (and Redis) is written.
            await context.Response.CompleteAsync().ConfigureAwait(false);
            await services.Responses.StoreAsync(cacheKey!, new CachedResponse(buffer.Written.ToArray(), [.. requestContext.Audits]), CancellationToken.None).ConfigureAwait(false);
        }

        return operationType?.ToString().ToLowerInvariant() ?? "invalid";
    }

    /// <summary>A cached answer: its views are audited again for this caller before it is sent.</summary>
    private static async Task WriteCachedAsync(HttpContext context, ApiRequestContext request, CachedResponse cached, string mediaType)
    {
        if (cached.Audits.Count > 0)
        {
            await Task.WhenAll(cached.Audits.Select(a => request.AuditAsync(a.Action, a.Kind, a.Key, a.Detail))).ConfigureAwait(false);
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        context.Response.Headers["X-Graph-Cache"] = "hit";
        context.Response.Headers["X-Graph-Batches"] = "0";
        context.Response.ContentLength = cached.Body.Length;
        await context.Response.Body.WriteAsync(cached.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private static OperationType? OperationOf(GraphQLDocument document, string? name)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = name is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == name);
        return operation?.Operation;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL request failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slow or failed GraphQL request: {Method} {Operation} -> {Status} in {Milliseconds} ms for {Principal}")]
    private static partial void LogSlow(ILogger logger, string method, string operation, int status, long milliseconds, string principal);
}
