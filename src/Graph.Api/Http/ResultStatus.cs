using GraphQL;
using GraphQL.Validation;
using Microsoft.AspNetCore.Http;

namespace Graph.Api.Http;

/// <summary>
/// The HTTP status of an executed request, per GraphQL over HTTP for application/graphql-response+json: 200 once
/// execution started (field errors included); before that 400 for a document that does not parse, 403 when a field
/// is not allowed to the caller, 422 for validation errors (unknown fields, wrong variable types, too deep or too
/// complex); 504 when the per-request timeout stopped execution. With application/json every well-formed request
/// gets 200, as that media type's rules say.
/// </summary>
public static class ResultStatus
{
    public static int For(ExecutionResult result, string mediaType)
    {
        // Stopped by the per-request timeout: no data, and the server's doing, not the request's (504, code TIMEOUT).
        if (mediaType != GraphQLMediaTypes.Json && result.Errors?.Any(e => e is GraphQL.Execution.TimeoutError) == true)
        {
            return StatusCodes.Status504GatewayTimeout;
        }

        if (result.Executed || mediaType == GraphQLMediaTypes.Json || result.Errors is not { Count: > 0 } errors)
        {
            return StatusCodes.Status200OK;
        }

        if (errors.Any(e => e.Code == AuthorizationValidationRule.Code))
        {
            return StatusCodes.Status403Forbidden;
        }

        if (errors.Any(e => e is GraphQL.Execution.SyntaxError || e.Code == "SYNTAX_ERROR"))
        {
            return StatusCodes.Status400BadRequest;
        }

        return errors.Any(e => e is ValidationError) ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status400BadRequest;
    }
}
