using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Generation.Entities;

namespace Graph.Generation.Truth;

/// <summary>Writes &lt;DIR&gt;.truth.json: rings, traps, noise counts and malformed lines, with true ids for every member.</summary>
public static class TruthWriter
{
    public const string GeneratorName = "Graph.Generation";
    public const string GeneratorVersion = "1.0.0";

    public static void Write(string path, GeneratorOptions options, TruthLog truth, IReadOnlyDictionary<string, long> rowsByFile, PersonBook people, CompanyBook companies)
    {
        using var stream = File.Create(path);
        // Indented for demos a person reads; compact beyond scale 1, where the file runs to tens of megabytes.
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = options.Scale <= 1, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartObject("generator");
        json.WriteString("name", GeneratorName);
        json.WriteString("version", GeneratorVersion);
        // Named only when not standard, so a standard dataset's truth stays byte for byte what it always was.
        if (!options.Profile.IsStandard)
        {
            json.WriteString("profile", options.Profile.Name);
        }

        json.WriteEndObject();
        json.WriteNumber("scale", options.Scale);
        json.WriteNumber("seed", options.Seed);
        json.WriteString("format", options.Format.ToString().ToLowerInvariant());
        json.WriteStartObject("files");
        foreach (var (file, rows) in rowsByFile)
        {
            json.WriteNumber(file, rows);
        }

        json.WriteEndObject();
        json.WriteStartArray("rings");
        foreach (var ring in truth.Rings)
        {
            json.WriteStartObject();
            json.WriteString("id", ring.Id);
            json.WriteString("model", ring.Model);
            json.WriteStartArray("signals");
            foreach (var signal in ring.Signals)
            {
                json.WriteStringValue(signal);
            }

            json.WriteEndArray();
            WriteEntities(json, "members", ring.Members, people, companies);
            WriteRecords(json, ring.Records);
            json.WriteEndObject();
            FlushWhenLarge(json);
        }

        json.WriteEndArray();
        json.WriteStartArray("traps");
        foreach (var trap in truth.Traps)
        {
            json.WriteStartObject();
            json.WriteString("kind", trap.Kind);
            json.WriteString("description", trap.Description);
            json.WriteNumber("entity_count", trap.EntityCount);
            WriteEntities(json, "entities", trap.Entities, people, companies);
            json.WriteNumber("record_count", trap.RecordCount);
            WriteRecords(json, trap.Records);
            json.WriteEndObject();
            FlushWhenLarge(json);
        }

        json.WriteEndArray();
        json.WriteStartObject("noise");
        foreach (var (kind, count) in truth.Noise)
        {
            json.WriteNumber(kind, count);
        }

        json.WriteEndObject();
        json.WriteStartArray("malformed");
        foreach (var bad in truth.Malformed)
        {
            json.WriteStartObject();
            json.WriteString("file", bad.File);
            json.WriteNumber("line", bad.Line);
            json.WriteString("reason", bad.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Utf8JsonWriter buffers everything until flushed; at scale 100 the truth is tens of megabytes.</summary>
    private static void FlushWhenLarge(Utf8JsonWriter json)
    {
        if (json.BytesPending > 1 << 20)
        {
            json.Flush();
        }
    }

    private static void WriteEntities(Utf8JsonWriter json, string name, IEnumerable<Entity> entities, PersonBook people, CompanyBook companies)
    {
        json.WriteStartArray(name);
        foreach (var entity in entities)
        {
            json.WriteStartObject();
            json.WriteString("kind", entity.IsPerson ? "person" : "company");
            if (entity.IsPerson)
            {
                var person = people.Get(entity.Index);
                json.WriteString("name", person.Name);
                json.WriteString("id", person.Id);
            }
            else
            {
                var company = companies.Get(entity.Index);
                json.WriteString("name", company.Name);
                json.WriteString("id", company.Uscc);
            }

            json.WriteString("entity", entity.Key);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteRecords(Utf8JsonWriter json, IEnumerable<RecordKey> records)
    {
        json.WriteStartArray("records");
        foreach (var record in records)
        {
            json.WriteStartObject();
            json.WriteString("kind", record.Kind);
            json.WriteString("key", record.Key);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
