using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Api.Execution;

/// <summary>Writes a <see cref="LeafRow"/> into the response, in place of the object node GraphQL.NET would have built.</summary>
public sealed class LeafRowJsonConverter : JsonConverter<LeafRow>
{
    public override LeafRow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Leaf rows are only written.");

    public override void Write(Utf8JsonWriter writer, LeafRow value, JsonSerializerOptions options) =>
        value.Selection.Write(writer, value.Source, options);
}
