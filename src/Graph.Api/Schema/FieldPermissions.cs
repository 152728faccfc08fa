using Graph.Api.Security;
using GraphQL.Builders;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>
/// The permission a field needs, kept in the field's metadata and checked before execution by
/// <see cref="Http.AuthorizationValidationRule"/> (a whole operation is refused with 403, not half-answered).
/// </summary>
public static class FieldPermissions
{
    public const string MetadataKey = "graph.permission";

    public static FieldBuilder<TSource, TReturn> Requires<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Permission permission) =>
        field.Configure(f => f.Metadata[MetadataKey] = permission);

    public static Permission Required(IFieldType field) =>
        field.Metadata.TryGetValue(MetadataKey, out var value) && value is Permission permission ? permission : Permission.None;
}
