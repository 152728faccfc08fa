using Graph.Api.Hosting;
using Graph.Api.Schema;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Graph.Api.Paging;

/// <summary>The <c>after</c> argument of a connection field, checked while the request is validated.</summary>
public static class CursorArguments
{
    public const string After = "after";

    public static FieldBuilder<TSource, TReturn> AfterCursor<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, CursorKind kind) =>
        field
            .Argument<StringGraphType>(After)
            .ValidateArguments(context =>
            {
                var cursor = context.GetArgument<string?>(After);
                var api = context.ValidationContext.UserContext as ApiRequestContext;
                if (cursor is null || api is null || api.Services.Cursors.TryDecode(kind, cursor) is not null)
                {
                    return;
                }

                var node = (ASTNode?)context.FieldAst.Arguments?.FirstOrDefault(a => a.Name.Value.Span.SequenceEqual(After)) ?? context.FieldAst;
                context.ReportError(new CursorError(
                    context.ValidationContext.Document.Source,
                    node,
                    $"'{After}' of field '{context.FieldAst.Name.StringValue}' is not a cursor this service gave out for it; use an endCursor or edge cursor of the same connection."));
            });

    /// <summary>The position the (already validated) <c>after</c> argument holds.</summary>
    public static KeysetPosition? AfterPosition(this IResolveFieldContext context, CursorKind kind)
    {
        var cursor = context.GetArgument<string?>(After);
        if (cursor is null)
        {
            return null;
        }

        return context.Api().Services.Cursors.TryDecode(kind, cursor) ?? throw new ApiError(CursorError.ErrorCode, "The cursor is not one this service gave out.");
    }
}
