using Graph.Api.Schema;
using GraphQL;
using GraphQL.Execution;

namespace Graph.Api.Http;

/// <summary>
/// Errors as clients see them: message, locations, path and extensions.code (plus an engine error's position for
/// Cypher), never an exception's type, stack trace or inner message.
/// </summary>
public sealed class ApiErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = false,
    ExposeCode = true,
    ExposeCodes = false,
    ExposeData = false,
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is ApiError { Extra.Count: > 0 } api)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            foreach (var (key, value) in api.Extra)
            {
                extensions[key] = value;
            }

            info.Extensions = extensions;
        }

        // An unexpected exception in a resolver keeps a generic message: its own may describe internals.
        if (executionError is not ApiError && executionError.InnerException is not null && executionError is not GraphQL.Validation.ValidationError)
        {
            info.Message = "Internal error while resolving this field.";
        }

        return info;
    }
}
