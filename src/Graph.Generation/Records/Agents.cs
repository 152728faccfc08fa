using Graph.Generation.Entities;

namespace Graph.Generation.Records;

public static class Agents
{
    public static Agent Lawyer(World world)
    {
        var lawyer = world.Rng.Next(world.Layout.LawyerCount);
        var firm = world.Layout.FirmOfLawyer(lawyer);
        var phoneAs = world.Rng.Chance(0.6) ? world.Firms.Phone(firm) : null;
        return new Agent(Entity.Person(lawyer), "lawyer", world.Firms.Name(firm), phoneAs);
    }

    /// <summary>Honest representation mix: most parties with counsel, some with a citizen, colleague or relative, many alone.</summary>
    public static Agent? ForParty(World world, Entity party)
    {
        var roll = world.Rng.Next(100);
        if (roll < 50)
        {
            return Lawyer(world);
        }

        if (roll < 58)
        {
            return new Agent(world.RandomResident(), "citizen", null, null);
        }

        if (roll < 63 && !party.IsPerson)
        {
            return new Agent(world.RandomResident(), "employee", null, null);
        }

        if (roll < 66 && party.IsPerson && world.People.SpouseOf(party.Index) is { } spouse)
        {
            return new Agent(Entity.Person(spouse), "relative", null, null);
        }

        return null;
    }
}
