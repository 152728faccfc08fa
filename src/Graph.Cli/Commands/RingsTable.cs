using System.Globalization;
using Graph.Cli.Console;
using Graph.Rings.Reports;

namespace Graph.Cli.Commands;

/// <summary>The ring list for a terminal: one block per ring, members, the evidence sentences and the first dates.</summary>
public static class RingsTable
{
    private const int TimelineLines = 8;
    private const int EvidenceLines = 8;

    public static void Print(RingReport report, TextWriter o)
    {
        o.WriteLine($"{Numbers.Count(report.Rings.Count)} rings at score >= {report.MinScore.ToString("0.###", CultureInfo.InvariantCulture)} ({Numbers.Count(report.CandidateCount)} candidates from {Numbers.Count(report.HitCount)} hits)");
        int rank = 0;
        foreach (Ring ring in report.Rings)
        {
            rank++;
            o.WriteLine();
            o.WriteLine($"#{rank} {ring.Id}  score {ring.Score.ToString("0.000", CultureInfo.InvariantCulture)}  {string.Join(", ", ring.Models)}  " +
                $"{ring.Members.Count} members, {ring.Records.Count} records, {ring.Breakdown.Signals} signals, {ring.Amount.ToString("#,0", CultureInfo.InvariantCulture)} yuan");
            o.WriteLine("  members: " + string.Join("; ", ring.Members.Select(m => m.Id is null ? $"{m.Name} ({m.Kind})" : $"{m.Name} ({m.Kind} {m.Id})")));
            foreach (RingEvidence evidence in ring.Evidence.Take(EvidenceLines))
            {
                o.WriteLine($"  [{evidence.Rule}] {evidence.Text}");
            }

            if (ring.Evidence.Count > EvidenceLines)
            {
                var rest = ring.Evidence.Skip(EvidenceLines).GroupBy(e => e.Rule).Select(g => $"{g.Key} x{g.Count()}");
                o.WriteLine($"  ... {ring.Evidence.Count - EvidenceLines} more pieces of evidence: {string.Join(", ", rest)}");
            }

            foreach (TimelineEntry entry in ring.Timeline.Take(TimelineLines))
            {
                o.WriteLine($"  {entry.Date:yyyy-MM-dd} {entry.Text}");
            }

            if (ring.Timeline.Count > TimelineLines)
            {
                o.WriteLine($"  ... {ring.Timeline.Count - TimelineLines} more dated events (--format json has them all)");
            }
        }
    }
}
