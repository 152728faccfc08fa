using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Graph.Api.Paging;

/// <summary>
/// An <c>after</c> argument that is not a cursor this service gave out for that connection. Reported while the
/// request is validated, so nothing runs and the endpoint answers 422 with extensions.code BAD_CURSOR.
/// </summary>
public sealed class CursorError : ValidationError
{
    public const string ErrorCode = "BAD_CURSOR";

    public CursorError(ROM source, ASTNode node, string message)
        : base(source, null, message, node)
    {
        Code = ErrorCode;
    }
}
