using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Graph.Api.Http;

/// <summary>A field the caller may not select (answered with 403).</summary>
public sealed class ForbiddenFieldError : ValidationError
{
    public ForbiddenFieldError(ROM source, ASTNode node, string message)
        : base(source, null, message, node)
    {
        Code = AuthorizationValidationRule.Code;
    }
}
