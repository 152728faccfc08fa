namespace Graph.Cypher.Tck.Reporting;

/// <summary>Passed, failed (not-run included) and skipped counts of some set of scenarios.</summary>
public sealed record Tally(int Passed, int Failed, int Skipped, int NotRun)
{
    public static readonly Tally Zero = new(0, 0, 0, 0);

    public int Runnable => Passed + Failed;

    /// <summary>Passed over runnable; null when everything was skipped, because 0/0 is no evidence either way.</summary>
    public double? PassRate => Runnable == 0 ? null : (double)Passed / Runnable;

    public string RateText => PassRate is { } rate ? $"{Passed}/{Runnable} = {rate * 100:0.0}%" : $"{Passed}/{Runnable} = n/a";
}
