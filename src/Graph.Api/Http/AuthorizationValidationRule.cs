using Graph.Api.Hosting;
using Graph.Api.Schema;
using Graph.Api.Security;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.Api.Http;

/// <summary>
/// Refuses, before anything runs, an operation that selects a field the caller's roles do not allow (a `cypher`
/// field for an investigator, `auditLog` for anyone but an admin). The error carries code FORBIDDEN and the
/// endpoint answers 403.
/// </summary>
public sealed class AuthorizationValidationRule : ValidationRuleBase
{
    public const string Code = "FORBIDDEN";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        ValueTask.FromResult<INodeVisitor?>(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            var definition = ctx.TypeInfo.GetFieldDef();
            if (definition is null)
            {
                return;
            }

            var required = FieldPermissions.Required(definition);
            var caller = (ctx.UserContext as ApiRequestContext)?.Caller ?? Caller.Anonymous;
            if (required != Permission.None && !caller.Can(required))
            {
                ctx.ReportError(new ForbiddenFieldError(ctx.Document.Source, field, $"Field '{field.Name.StringValue}' needs the {required} permission, which the roles [{string.Join(", ", caller.Roles)}] do not grant."));
            }
        }));
}
