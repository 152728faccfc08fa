using System.Text.Json;
using Graph.Api.Hosting;

namespace Graph.Api.Execution;

/// <summary>
/// The fields a list's items were asked for (response names in the document's order, after fragments, aliases,
/// @skip and @include) with the functions that read them, and the request they are read for.
/// </summary>
public sealed class LeafSelection(string[] names, LeafValue[] values, ApiRequestContext api)
{
    private JsonEncodedText[]? _encodedNames;
    private JsonNamingPolicy? _encodedFor;

    public IReadOnlyList<LeafValue> Values => values;

    public ApiRequestContext Api => api;

    public bool HasValues(object source)
    {
        foreach (var value in values)
        {
            if (!value.HasValue(source, api))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The object as GraphQL.NET's result writer would write it: names through the options' naming policy, as it does.</summary>
    public void Write(Utf8JsonWriter writer, object source, JsonSerializerOptions options)
    {
        var names = EncodedNames(options.PropertyNamingPolicy);
        writer.WriteStartObject();
        for (var i = 0; i < values.Length; i++)
        {
            writer.WritePropertyName(names[i]);
            values[i].Write(writer, source, api);
        }

        writer.WriteEndObject();
    }

    private JsonEncodedText[] EncodedNames(JsonNamingPolicy? policy)
    {
        // Items of one list are written one after another by one request: no locking needed.
        if (_encodedNames is null || !ReferenceEquals(_encodedFor, policy))
        {
            // GraphQL names ([_A-Za-z][_0-9A-Za-z]*) need no escaping under any encoder.
            _encodedNames = names.Select(n => JsonEncodedText.Encode(policy?.ConvertName(n) ?? n)).ToArray();
            _encodedFor = policy;
        }

        return _encodedNames;
    }
}
