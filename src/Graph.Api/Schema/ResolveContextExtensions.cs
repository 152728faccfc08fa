using Graph.Api.Hosting;
using GraphQL;

namespace Graph.Api.Schema;

/// <summary>The request's context from inside a resolver.</summary>
public static class ResolveContextExtensions
{
    public static ApiRequestContext Api(this IResolveFieldContext context) =>
        context.UserContext as ApiRequestContext ?? throw new InvalidOperationException("The GraphQL endpoint did not set the request context.");
}
