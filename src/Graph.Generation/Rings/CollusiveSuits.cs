using Graph.Generation.Entities;
using Graph.Generation.Records;
using Graph.Generation.Truth;
using Graph.Generation.Vocabulary;

namespace Graph.Generation.Rings;

/// <summary>
/// A suit between ring members, shaped only by the signals the ring shows: L2 shared contact or agent,
/// L4 fast consensual closure, L5 absent defendant and identical claims, L6 a favoured mediation body.
/// Without L4/L5/L6 it is an uncontested judgment, which on its own looks like any other.
/// </summary>
public sealed class CollusiveSuits(World world, RingTruth ring, SignalSet signals, Region region)
{
    private readonly string _linkMode = world.Rng.Pick(["phone", "address", "agent"]);
    private readonly Agent _sharedAgent = new(world.RandomResident(), "citizen", null, null);
    private readonly int _favoured = world.Rng.Next(2);
    private int _suits;

    public string File(Entity plaintiff, Entity defendant, string cause, DateOnly filedOn, decimal amount, Entity? thirdParty = null, string caseType = "civil_first")
    {
        var rng = world.Rng;
        _suits++;
        var spec = new CaseSpec { Region = region, CaseType = caseType, Cause = cause, FiledOn = filedOn, AmountClaimed = amount };
        var fast = signals.Has("L4") && (!signals.Has("L5") || _suits % 2 == 0);
        if (fast)
        {
            spec.ClosingMethod = rng.Chance(0.6) ? "mediation" : "judicial_confirmation";
            spec.ClosedOn = filedOn.AddDays(world.Profile.FastClosureDays.Draw(rng));
            spec.AmountAwarded = amount;
        }
        else if (signals.Has("L5") && (!signals.Has("L6") || _suits % 2 == 1))
        {
            spec.ClosingMethod = "default_judgment";
            spec.ClosedOn = filedOn.AddDays(world.Profile.Lending.DefaultJudgmentDays.Draw(rng));
            spec.AmountAwarded = amount;
            spec.DefendantAbsent = true;
            spec.PublicNotice = rng.Chance(0.6);
        }
        else
        {
            spec.ClosingMethod = signals.Has("L6") ? "mediation" : "judgment";
            spec.ClosedOn = filedOn.AddDays(30 + rng.Next(90));
            spec.AmountAwarded = amount;
        }

        if (spec.ClosingMethod is "mediation" or "judicial_confirmation")
        {
            spec.MediatorOrg = signals.Has("L6") ? CourtStaff.FavouredMediatorOrg(region, _favoured) : rng.Chance(0.35) ? CourtStaff.MediatorOrg(region, rng.Next(5)) : null;
        }

        var claimantRole = spec.ClosingMethod == "judicial_confirmation" ? "applicant" : "plaintiff";
        var respondentRole = spec.ClosingMethod == "judicial_confirmation" ? "applicant" : "defendant";
        if (spec.ClosingMethod == "judicial_confirmation")
        {
            spec.CaseType = "special";
        }

        var linked = signals.Has("L2");
        var plaintiffAgent = linked && _linkMode == "agent" ? _sharedAgent : rng.Chance(0.5) ? Agents.Lawyer(world) : null;
        var defendantAgent = spec.DefendantAbsent ? null : linked && _linkMode == "agent" ? _sharedAgent : rng.Chance(0.3) ? Agents.Lawyer(world) : null;
        spec.Parties.Add(new CaseParty(claimantRole, plaintiff, plaintiffAgent));
        spec.Parties.Add(new CaseParty(
            respondentRole, defendant, defendantAgent,
            PhoneAs: linked && _linkMode == "phone" ? RingKit.PhoneOf(world, plaintiff) : null,
            AddressAs: linked && _linkMode == "address" ? RingKit.AddressOf(world, plaintiff) : null));
        if (thirdParty is { } third)
        {
            spec.Parties.Add(new CaseParty("third_party", third));
        }

        if (linked && _linkMode == "agent")
        {
            ring.Member(_sharedAgent.Person);
        }

        return RingKit.Case(world, ring, spec);
    }
}
