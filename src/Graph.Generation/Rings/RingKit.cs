using Graph.Generation.Entities;
using Graph.Generation.Honest;
using Graph.Generation.Records;
using Graph.Generation.Truth;

namespace Graph.Generation.Rings;

/// <summary>Steps every model uses: open a ring in the truth, tie members by kin or registry, write a case as a ring record.</summary>
public static class RingKit
{
    private static readonly string[] KinTies = ["relative", "sibling", "household", "relative", "parent"];

    public static RingTruth Open(World world, string model, SignalSet signals)
    {
        var ring = world.Truth.NewRing(model);
        foreach (var signal in signals.All)
        {
            ring.AddSignal(signal);
        }

        return ring;
    }

    /// <summary>An L3-style tie: kin between two people, or the person as a shareholder/manager of the company.</summary>
    public static void Tie(World world, Entity a, Entity b, DateOnly since)
    {
        if (a.IsPerson && b.IsPerson)
        {
            Registry.WriteRelation(world, a, b, world.Rng.Pick(KinTies));
        }
        else if (a.IsPerson != b.IsPerson)
        {
            var (person, company) = a.IsPerson ? (a, b) : (b, a);
            Registry.WriteOfficer(world, company, person, world.Rng.Chance(0.5) ? "shareholder" : "manager", since, world.Rng.Chance(0.5) ? 30 + world.Rng.Next(40) : null);
        }
        else
        {
            var controller = Entity.Person(world.Companies.Get(a.Index).LegalRep);
            Registry.WriteOfficer(world, b, controller, "shareholder", since, 51);
        }
    }

    public static string Case(World world, RingTruth ring, CaseSpec spec)
    {
        foreach (var party in spec.Parties)
        {
            ring.Member(party.Party);
        }

        var caseNo = CaseWriter.Write(world, spec);
        ring.Record("cases", caseNo);
        return caseNo;
    }

    public static string PhoneOf(World world, Entity entity) =>
        entity.IsPerson ? world.People.Get(entity.Index).Phone : world.Companies.Get(entity.Index).Phone;

    public static string AddressOf(World world, Entity entity) =>
        entity.IsPerson ? world.People.Get(entity.Index).Address : world.Companies.Get(entity.Index).Address;
}
