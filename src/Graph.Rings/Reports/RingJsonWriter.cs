using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Graph.Rings.Reports;

/// <summary>
/// The ring list as JSON, in the shape issue 4 fixes:
/// {"rings":[{"id","score","models":[..],"members":[{"kind","name","id"}],"records":[..],"evidence":[{"rule","text","records":[..]}]}]},
/// plus fields a consumer may ignore (amount, timeline, score breakdown, run figures). Chinese text is
/// written as is, not as \u escapes, so the file reads in an editor.
/// </summary>
public static class RingJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(RingReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteNumber("store_version", report.StoreVersion);
        json.WriteNumber("min_score", report.MinScore);
        json.WriteNumber("hits", report.HitCount);
        json.WriteNumber("candidates", report.CandidateCount);
        json.WriteStartArray("rings");
        foreach (Ring ring in report.Rings)
        {
            WriteRing(json, ring);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string ToJson(RingReport report)
    {
        using var buffer = new MemoryStream();
        Write(report, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteRing(Utf8JsonWriter json, Ring ring)
    {
        json.WriteStartObject();
        json.WriteString("id", ring.Id);
        json.WriteNumber("score", Math.Round(ring.Score, 4));
        WriteStrings(json, "models", ring.Models);
        json.WriteNumber("amount", ring.Amount);
        json.WriteStartArray("members");
        foreach (RingMember member in ring.Members)
        {
            json.WriteStartObject();
            json.WriteString("kind", member.Kind);
            json.WriteString("name", member.Name);
            json.WriteString("id", member.Id);
            json.WriteNumber("node", member.NodeId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("records");
        foreach (RingRecord record in ring.Records)
        {
            json.WriteStartObject();
            json.WriteString("kind", record.Kind);
            json.WriteString("key", record.Key);
            WriteDate(json, "date", record.Date);
            if (record.Amount is { } amount)
            {
                json.WriteNumber("amount", amount);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("evidence");
        foreach (RingEvidence evidence in ring.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("rule", evidence.Rule);
            json.WriteString("model", evidence.Model);
            json.WriteNumber("weight", evidence.Weight);
            json.WriteString("text", evidence.Text);
            WriteStrings(json, "records", evidence.Records);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("timeline");
        foreach (TimelineEntry entry in ring.Timeline)
        {
            json.WriteStartObject();
            WriteDate(json, "date", entry.Date);
            json.WriteString("kind", entry.Kind);
            json.WriteString("key", entry.Key);
            json.WriteString("text", entry.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("breakdown");
        json.WriteNumber("rules", ring.Breakdown.Rules);
        json.WriteNumber("signals", ring.Breakdown.Signals);
        json.WriteNumber("models", ring.Breakdown.Models);
        json.WriteNumber("evidence", Math.Round(ring.Breakdown.Evidence, 4));
        json.WriteNumber("money", Math.Round(ring.Breakdown.Money, 4));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
