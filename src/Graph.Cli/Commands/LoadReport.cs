using Graph.Cli.Console;
using Graph.Loading.Loading;

namespace Graph.Cli.Commands;

/// <summary>The human summary of a load, shared by `load`, `demo` and `stats`.</summary>
public static class LoadReport
{
    public static void Print(LoadSummary s, TextWriter o)
    {
        o.WriteLine($"Loaded {s.Dataset} in {Numbers.Seconds(s.Elapsed)} ({Numbers.Count((long)s.RowsPerSecond)} rows/s, {Numbers.Count(s.Batches)} batches)");
        o.WriteLine($"  {"file",-28} {"read",10} {"loaded",10} {"rejected",9} {"warnings",9}");
        foreach (var f in s.Files)
        {
            o.WriteLine($"  {f.File,-28} {Numbers.Count(f.RowsRead),10} {Numbers.Count(f.RowsLoaded),10} {Numbers.Count(f.RowsRejected),9} {Numbers.Count(f.Warnings),9}");
        }

        o.WriteLine($"  nodes {Numbers.Count(s.NodesBefore)} → {Numbers.Count(s.NodesAfter)}, relationships {Numbers.Count(s.RelationshipsBefore)} → {Numbers.Count(s.RelationshipsAfter)}");
        o.WriteLine($"  rejected rows: {Numbers.Count(s.Rejects)}, warnings: {Numbers.Count(s.Warnings)} → {s.RejectsPath}");
        foreach (var (code, count) in s.IssuesByCode.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            o.WriteLine($"    {code} {Numbers.Count(count)}");
        }

        var r = s.Resolution;
        o.WriteLine($"Entity resolution: {Numbers.Count(r.References)} party references → persons {Numbers.Count(r.PersonsStrong)} strong + {Numbers.Count(r.PersonsWeak)} weak, companies {Numbers.Count(r.CompaniesStrong)} strong + {Numbers.Count(r.CompaniesWeak)} weak");
        foreach (var (reason, count) in r.ByMatched.OrderByDescending(m => m.Value))
        {
            o.WriteLine($"    matched by {reason,-14} {Numbers.Count(count),12}");
        }

        o.WriteLine($"  invalid ids kept as weak attributes: {Numbers.Count(r.InvalidIdsKept)}; hub identifiers not used as merge evidence: {Numbers.Count(r.HubIdentifiers)}");
    }
}
