using System.Text.Json;
using Graph.Api.Hosting;
using GraphQL.Resolvers;

namespace Graph.Api.Execution;

/// <summary>
/// How a non-null scalar field of an object type reads its value, kept on the field (metadata) so one function serves
/// both the field's resolver and <see cref="LeafListExecutionStrategy"/>, which writes lists of such objects straight
/// to JSON. The same function on both paths is what keeps their answers identical.
/// </summary>
public abstract class LeafValue
{
    public const string MetadataKey = "graph-api:leaf-value";

    /// <summary>
    /// The resolver made from the same function. The fast path is taken only while the field still has it: a
    /// middleware wrapping the field (and so changing what it does) sends the list down the ordinary path.
    /// </summary>
    public abstract IFieldResolver Resolver { get; }

    /// <summary>Whether the value can be written for this source: of the field's source type, and not null.</summary>
    public abstract bool HasValue(object source, ApiRequestContext api);

    public abstract void Write(Utf8JsonWriter writer, object source, ApiRequestContext api);
}
