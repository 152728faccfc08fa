using Graph.Generation.Core;
using Graph.Generation.Records;

namespace Graph.Generation.Honest;

/// <summary>
/// How honest cases end. Fast mediations, judicial confirmations, absent defendants and favoured mediation
/// bodies all occur here too, so no single field separates rings from ordinary dockets.
/// </summary>
public static class Closings
{
    public static void Apply(World world, CaseSpec spec)
    {
        var rng = world.Rng;
        var mix = world.Profile.LookAlikes;
        var roll = rng.Next(100);
        var (method, days) = roll switch
        {
            < 40 => ("judgment", 60 + rng.Next(300)),
            < 55 => ("default_judgment", 45 + rng.Next(200)),
            < 75 => ("mediation", rng.Chance(mix.FastMediationShare) ? 2 + rng.Next(6) : 10 + rng.Next(120)),
            < 79 => ("judicial_confirmation", 1 + rng.Next(12)),
            < 94 => ("withdrawal", 5 + rng.Next(90)),
            < 97 => ("dismissal", 60 + rng.Next(200)),
            _ => ("other", 30 + rng.Next(200)),
        };
        spec.ClosingMethod = method;
        spec.ClosedOn = rng.Chance(0.97) ? spec.FiledOn.AddDays(days) : null;
        spec.AmountAwarded = method switch
        {
            "judgment" => Math.Round(spec.AmountClaimed * (decimal)(0.5 + rng.NextDouble() * 0.5)),
            "default_judgment" => spec.AmountClaimed,
            "mediation" or "judicial_confirmation" => Math.Round(spec.AmountClaimed * (decimal)(0.6 + rng.NextDouble() * 0.4)),
            _ => null,
        };
        spec.DefendantAbsent = method == "default_judgment" || rng.Chance(mix.AbsentDefendantShare);
        spec.PublicNotice = spec.DefendantAbsent && rng.Chance(0.45);
        if (method is "mediation" or "judicial_confirmation" && rng.Chance(method == "mediation" ? 0.35 : 1.0))
        {
            spec.MediatorOrg = rng.Chance(mix.FavouredMediatorShare) ? CourtStaff.FavouredMediatorOrg(spec.Region, rng.Next(2)) : CourtStaff.MediatorOrg(spec.Region, rng.Next(5));
        }
    }
}
