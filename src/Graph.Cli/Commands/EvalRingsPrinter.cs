using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Rings.Evaluation;

namespace Graph.Cli.Commands;

/// <summary>The figures of `graph eval` as a table (one line per model) or as JSON for scripts.</summary>
public static class EvalRingsPrinter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static void Print(RingEvaluation e, string truthPath, TextWriter o)
    {
        o.WriteLine($"Rings against {truthPath}");
        o.WriteLine($"  {"model",-18} {"ring P",8} {"ring R",8} {"found",11} {"member P",9} {"member R",9} {"member F1",9}");
        foreach (ModelEvaluation m in e.PerModel.Append(e.Overall))
        {
            o.WriteLine($"  {m.Model,-18} {F(m.RingPrecision.Precision),8} {F(m.RingRecall.Recall),8} {$"{m.RingRecall.TruePositives}/{m.RingRecall.Expected}",11} " +
                $"{F(m.Members.Precision),9} {F(m.Members.Recall),9} {F(m.Members.F1),9}");
        }

        o.WriteLine($"  listed rings {e.Overall.RingPrecision.Predicted}, matching a planted ring {e.Overall.RingPrecision.TruePositives}");
        o.WriteLine("False positives by source: " + (e.FalsePositives.Count == 0 ? "none" : string.Join(", ", e.FalsePositiveSources.Select(p => $"{p.Key} {p.Value}"))));
    }

    public static void PrintJson(RingEvaluation e, TextWriter o)
    {
        var document = new
        {
            Overall = Figures(e.Overall),
            PerModel = e.PerModel.Select(Figures),
            FalsePositiveSources = e.FalsePositiveSources.ToDictionary(p => p.Key, p => p.Value),
            FalsePositives = e.FalsePositives,
            Missed = e.Missed.Select(r => new { r.Id, r.Model, r.Signals, Members = r.Members.Count }),
        };
        o.WriteLine(JsonSerializer.Serialize(document, Json));
    }

    private static object Figures(ModelEvaluation m) => new
    {
        m.Model,
        RingPrecision = m.RingPrecision.Precision,
        RingRecall = m.RingRecall.Recall,
        Listed = m.RingPrecision.Predicted,
        ListedCorrect = m.RingPrecision.TruePositives,
        Planted = m.RingRecall.Expected,
        Found = m.RingRecall.TruePositives,
        MemberPrecision = m.Members.Precision,
        MemberRecall = m.Members.Recall,
        MemberF1 = m.Members.F1,
    };

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
