using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Records;

namespace Graph.Generation.Honest;

/// <summary>The registry extract: every company, its officers, most people, and the kin ties data fusion found.</summary>
public static class Registry
{
    private static readonly string[] OtherRelations = ["parent", "child", "sibling", "relative", "household"];

    /// <summary>Company and person rows; officers and kin come later as scheduled stories so planted rows do not cluster.</summary>
    public static void WriteHeads(World world)
    {
        for (var c = 0; c < world.Companies.Count; c++)
        {
            WriteCompany(world, world.Companies.Get(c));
        }

        for (var p = 0; p < world.People.Count; p++)
        {
            if (new SplitMix(world.Seed, 61, p).Chance(0.75))
            {
                WritePerson(world, world.People.Get(p));
            }
        }
    }

    /// <summary>Kin found for one household pair (2k, 2k+1): the marriage if listed, and now and then another tie.</summary>
    public static void WriteKin(World world, int pair)
    {
        var p = world.Layout.ResidentStart + (world.Layout.ResidentStart % 2) + pair * 2;
        if (p >= world.People.Count)
        {
            return;
        }

        if (SpouseListed(world, p) && world.People.SpouseOf(p) is { } spouse)
        {
            WriteRelation(world, Entity.Person(p), Entity.Person(spouse), "spouse");
        }

        for (var i = 0; i < 2; i++)
        {
            if (world.Rng.Chance(0.05))
            {
                WriteRelation(world, Entity.Person(p + i), world.RandomResident(), world.Rng.Pick(OtherRelations));
            }
        }
    }

    /// <summary>Data fusion found 60% of marriages; contested-divorce look-alikes are drawn from these.</summary>
    public static bool SpouseListed(World world, int person) => new SplitMix(world.Seed, 62, person >> 1).Chance(0.6);

    public static void WriteRelation(World world, Entity person, Entity other, string relation)
    {
        var row = world.Files.Relations.NewRow();
        world.Mentions.Put(row, "person_", person);
        world.Mentions.Put(row, "other_", other);
        world.Files.Relations.Write(row.Set("relation", relation));
    }

    public static void WriteOfficer(World world, Entity company, Entity person, string role, DateOnly since, decimal? sharePct = null)
    {
        var row = world.Files.CompanyPeople.NewRow();
        world.Mentions.Put(row, "company_", company, registryRow: true);
        world.Mentions.Put(row, "person_", person);
        row.Set("role", role).Set("share_pct", sharePct is { } pct ? Dates.Money(pct) : null).Set("since", since);
        world.Files.CompanyPeople.Write(row);
    }

    private static void WriteCompany(World world, CompanyInfo company)
    {
        var entity = Entity.Company(company.Index);
        var legalRep = Entity.Person(company.LegalRep);
        var row = world.Files.Companies.NewRow();
        world.Mentions.Put(row, "", entity, registryRow: true);
        world.Mentions.Put(row, "legal_rep_", legalRep);
        row.Set("established_on", company.EstablishedOn).Set("status", company.Status)
            .Set("employees", company.Employees).Set("industry", company.Industry);
        world.Files.Companies.Write(row);
    }

    /// <summary>Legal rep, shareholders and the odd officer or employee of one company.</summary>
    public static void WriteOfficers(World world, int companyIndex)
    {
        var company = world.Companies.Get(companyIndex);
        if (company.Role is CompanyRole.TaxBureau)
        {
            return;
        }

        var entity = Entity.Company(company.Index);
        var legalRep = Entity.Person(company.LegalRep);
        var since = company.EstablishedOn;
        WriteOfficer(world, entity, legalRep, "legal_rep", since);
        var rng = world.Rng;
        if (company.Role is CompanyRole.Insurer or CompanyRole.Bank)
        {
            return;
        }

        var partners = rng.Next(3);
        var repShare = partners == 0 ? 100m : 40 + rng.Next(40);
        WriteOfficer(world, entity, legalRep, "shareholder", since, repShare);
        for (var i = 0; i < partners; i++)
        {
            var partner = world.People.SpouseOf(company.LegalRep) is { } spouse && i == 0 && rng.Chance(0.4) ? Entity.Person(spouse) : world.RandomResident();
            WriteOfficer(world, entity, partner, "shareholder", since, (100 - repShare) / partners);
        }

        if (rng.Chance(0.35))
        {
            WriteOfficer(world, entity, world.RandomResident(), rng.Pick(["director", "supervisor", "manager"]), rng.Date(since, Dates.Last));
        }

        if (rng.Chance(0.2))
        {
            WriteOfficer(world, entity, world.RandomResident(), "employee", rng.Date(since, Dates.Last));
        }
    }

    private static void WritePerson(World world, PersonInfo person)
    {
        var row = world.Files.Persons.NewRow();
        world.Mentions.Put(row, "", Entity.Person(person.Index), registryRow: true);
        world.Files.Persons.Write(row.Set("birth_date", person.BirthDate));
    }
}
