using Graph.Api.Hosting;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Graph.Api.Execution;

/// <summary>
/// Declares non-null scalar fields whose value is one function of the source (and the request): the function becomes
/// the resolver and is kept on the field for <see cref="LeafListExecutionStrategy"/>. The schema is the same as with
/// <c>Field&lt;NonNullGraphType&lt;T&gt;&gt;(name).Resolve(...)</c>.
/// </summary>
public static class LeafFields
{
    public static FieldBuilder<TSource, object> StringLeaf<TSource, TScalar>(this ObjectGraphType<TSource> type, string name, Func<TSource, ApiRequestContext, string?> read)
        where TScalar : ScalarGraphType
    {
        var value = new StringLeafValue<TSource>(read);
        return type.Field<NonNullGraphType<TScalar>>(name).Resolve(value.Resolver).WithMetadata(LeafValue.MetadataKey, value);
    }

    public static FieldBuilder<TSource, object> IntLeaf<TSource>(this ObjectGraphType<TSource> type, string name, Func<TSource, int> read)
    {
        var value = new IntLeafValue<TSource>(read);
        return type.Field<NonNullGraphType<IntGraphType>>(name).Resolve(value.Resolver).WithMetadata(LeafValue.MetadataKey, value);
    }
}
