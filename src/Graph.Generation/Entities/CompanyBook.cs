using System.Globalization;
using Graph.Generation.Core;
using Graph.Generation.Vocabulary;
using Graph.Records.Identifiers;

namespace Graph.Generation.Entities;

/// <summary>Every company is a pure function of (seed, index) and its role range; see <see cref="PersonBook"/>.</summary>
public sealed class CompanyBook(ulong seed, PopulationLayout layout, PersonBook people)
{
    public int Count => layout.CompanyCount;

    public PopulationLayout Layout => layout;

    public CompanyInfo Get(int index)
    {
        var draw = new SplitMix(seed, 21, index);
        var role = layout.RoleOf(index);
        var region = role switch
        {
            CompanyRole.TaxBureau => Regions.All[index - layout.TaxStart],
            CompanyRole.Insurer or CompanyRole.Bank => Regions.All[draw.Next(6)],
            _ => Regions.Skewed(draw.Next(10_000)),
        };
        var (industry, name) = Naming(role, index, region, ref draw);
        var established = role switch
        {
            CompanyRole.Shell => new DateOnly(2016, 1, 1).AddDays(draw.Next(3_000)),
            CompanyRole.BankruptDebtor => new DateOnly(1998, 1, 1).AddDays(draw.Next(5_000)),
            CompanyRole.Insurer or CompanyRole.Bank => new DateOnly(1996, 1, 1).AddDays(draw.Next(4_000)),
            _ => new DateOnly(1995, 1, 1).AddDays(draw.Next(10_500)),
        };
        var employees = role switch
        {
            CompanyRole.Shell => 0,
            CompanyRole.Insurer or CompanyRole.Bank or CompanyRole.TaxBureau => 80 + draw.Next(400),
            CompanyRole.Lender => 8 + draw.Next(30),
            CompanyRole.BankruptDebtor => 30 + draw.Next(270),
            CompanyRole.RepairShop or CompanyRole.OilTrader => 2 + draw.Next(25),
            _ => (int)Math.Round(Math.Exp(2.3 + draw.NextDouble() * 2.2)) - 3 is var n && n > 0 ? n : 0,
        };
        var status = role == CompanyRole.BankruptDebtor ? "bankrupt"
            : draw.Chance(0.9) || role != CompanyRole.Ordinary ? "active"
            : draw.Chance(0.5) ? "revoked" : "cancelled";
        var legalRep = people.Layout.ResidentStart + draw.Next(people.Count - people.Layout.ResidentStart);
        var address = $"{region.Prefix}{draw.Pick(Places.Streets)}{1 + draw.Next(900)}号";
        var phone = role == CompanyRole.Ordinary && draw.Chance(0.3)
            ? people.Get(legalRep).Phone
            : $"{region.AreaCode}-8{(draw.NextUlong() % 10_000_000).ToString("D7", CultureInfo.InvariantCulture)}";
        var uscc = role == CompanyRole.TaxBureau ? Uscc.Create($"11{region.Code:D6}0{index:D8}") : UsccOf(index, region, established);
        return new CompanyInfo(index, role, name, uscc, legalRep, address, phone, established, status, employees, industry, region);
    }

    /// <summary>Post-2015 codes carry "MA" and a base-31 serial; older ones a 9-digit organisation code. Both are bijections of the index.</summary>
    private static string UsccOf(int index, Region region, DateOnly established)
    {
        var body = new System.Text.StringBuilder("91");
        body.Append(region.Code.ToString("D6", CultureInfo.InvariantCulture));
        if (established.Year >= 2016)
        {
            body.Append("MA");
            var serial = ((long)index * 7_919_993 + 123_457) % 27_512_614_111L;
            for (var i = 0; i < 7; i++)
            {
                body.Insert(10, Uscc.Alphabet[(int)(serial % 31)]);
                serial /= 31;
            }
        }
        else
        {
            body.Append((((long)index * 7_919_997 + 12_345_671) % 1_000_000_000L).ToString("D9", CultureInfo.InvariantCulture));
        }

        return Uscc.Create(body.ToString());
    }

    private (string Industry, string Name) Naming(CompanyRole role, int index, Region region, ref SplitMix draw)
    {
        var trade = draw.Pick(CompanyWords.TradeNames) + (draw.Chance(0.5) ? draw.Pick(CompanyWords.TradeNames)[..1] : "");
        var city = region.CityShort;
        return role switch
        {
            CompanyRole.TaxBureau => ("公共管理", $"国家税务总局{region.City}{region.District}税务局"),
            CompanyRole.Insurer => (CompanyWords.InsuranceIndustry, $"{Institutions.Insurers[index - layout.InsurerStart]}{city}市分公司"),
            CompanyRole.Bank => (CompanyWords.FinanceIndustry, $"{Institutions.Banks[(index - layout.BankStart) % Institutions.Banks.Length]}{city}{region.District}支行"),
            CompanyRole.Lender => (CompanyWords.FinanceIndustry, $"{city}市{region.District}{trade}{draw.Pick(Institutions.LenderWords)}"),
            CompanyRole.RepairShop => (CompanyWords.RepairIndustry, $"{city}{trade}汽车维修有限公司"),
            CompanyRole.OilTrader => draw.Chance(0.5)
                ? (CompanyWords.OilIndustry, $"{city}{trade}石油化工有限公司")
                : (CompanyWords.ChemicalIndustry, $"{city}{trade}化工贸易有限公司"),
            CompanyRole.Shell => ("商务服务业", $"{city}{trade}供应链管理有限公司"),
            _ => Ordinary(city, trade, ref draw),
        };
    }

    private static (string Industry, string Name) Ordinary(string city, string trade, ref SplitMix draw)
    {
        var (industry, word) = draw.Pick(CompanyWords.Industries);
        var branch = draw.Chance(0.08) ? $"（{city}）" : "";
        return draw.Chance(0.15)
            ? (industry, $"浙江{trade}{branch}{word}股份有限公司")
            : (industry, $"{city}{trade}{branch}{word}有限公司");
    }
}
