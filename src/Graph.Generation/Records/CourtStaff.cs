using Graph.Generation.Core;
using Graph.Generation.Vocabulary;

namespace Graph.Generation.Records;

/// <summary>Judges and mediation bodies: names only, not parties, so they need no entity.</summary>
public static class CourtStaff
{
    public static string Judge(ulong seed, Region region, int slot)
    {
        var draw = new SplitMix(seed, 51, region.Code * 16L + slot);
        var surname = PersonNames.Surnames[draw.Next(40)];
        return surname + draw.Pick(PersonNames.MaleGiven) + (draw.Chance(0.6) ? draw.Pick(PersonNames.FemaleGiven) : "");
    }

    public static string MediatorOrg(Region region, int kind) => $"{region.City}{region.District}{Institutions.MediatorSuffixes[kind % Institutions.MediatorSuffixes.Length]}";

    /// <summary>The two bodies a ring funnels its confirmations through (L6); honest cases use them too.</summary>
    public static string FavouredMediatorOrg(Region region, int pick) => MediatorOrg(region, pick % 2 == 0 ? 1 : 2);
}
