using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Cypher.Engine.Execution;
using Graph.Storage.Reading;

namespace Graph.Cli.Query;

/// <summary>
/// One compact JSON document per statement on its own line, <c>{"columns":[…],"rows":[[…]]}</c>, plus <c>"plan"</c> under
/// EXPLAIN/PROFILE. Non-ASCII text is written as is (Chinese names stay readable); only what JSON requires is escaped.
/// </summary>
public sealed class JsonResultWriter(TextWriter output) : IResultWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(QueryResult result, IGraphReader graph)
    {
        var values = new JsonValueWriter(graph);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("columns");
            foreach (var column in result.Columns)
            {
                json.WriteStringValue(column);
            }

            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (var row in result.Rows)
            {
                json.WriteStartArray();
                foreach (var value in row)
                {
                    values.Write(json, value);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            if (result.Plan is { } plan)
            {
                json.WriteString("plan", plan);
            }

            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
