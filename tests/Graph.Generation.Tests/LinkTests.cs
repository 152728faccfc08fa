using System.Text.RegularExpressions;
using Graph.Generation.Tests.Support;

namespace Graph.Generation.Tests;

public partial class LinkTests
{
    [GeneratedRegex(@"^\((\d{4})\)[\u4e00-\u9fff]\d{2,4}(民初|民终|民再|执|民特|破申)\d+号$")]
    private static partial Regex CaseNo();

    [Fact]
    public void Case_numbers_are_well_formed_and_match_case_type()
    {
        var data = Generated.Get(0.1, 6);
        var words = new Dictionary<string, string>
        {
            ["civil_first"] = "民初", ["civil_second"] = "民终", ["retrial"] = "民再", ["enforcement"] = "执", ["special"] = "民特", ["bankruptcy"] = "破申",
        };
        var seen = new HashSet<string>();
        foreach (var row in data.Rows("cases"))
        {
            var match = CaseNo().Match(row["case_no"]!);
            Assert.True(match.Success, row["case_no"]);
            Assert.Equal(words[row["case_type"]!], match.Groups[2].Value);
            Assert.Equal(row["filed_on"]![..4], match.Groups[1].Value);
            seen.Add(row["case_type"]!);
        }

        Assert.Superset(seen, new HashSet<string> { "civil_first", "civil_second", "enforcement", "special", "bankruptcy" });
    }

    [Fact]
    public void Record_to_record_pointers_resolve()
    {
        var data = Generated.Get(0.1, 6);
        // Duplicate rows are part of the noise, so keys repeat.
        var cases = data.Rows("cases").GroupBy(r => r["case_no"]!).ToDictionary(g => g.Key, g => g.First()["case_type"]!);
        var awards = data.Rows("arbitrations").Select(r => r["award_no"]).ToHashSet();
        var auctions = data.Rows("auctions").Select(r => r["auction_id"]).ToHashSet();
        var bankruptcies = data.Rows("bankruptcies").Select(r => r["bankruptcy_no"]).ToHashSet();

        Assert.All(data.Rows("case_parties"), r => Assert.True(cases.ContainsKey(r["case_no"]!), r["case_no"]));
        Assert.All(data.Rows("claims"), r => Assert.Contains(r["bankruptcy_no"], bankruptcies));
        var bases = data.Rows("claims").Where(r => r["basis_no"] is not null).Select(r => r["basis_no"]!).ToArray();
        Assert.NotEmpty(bases);
        Assert.All(bases, b => Assert.True(awards.Contains(b) || cases.ContainsKey(b), b));
        Assert.All(data.Rows("auctions"), r => Assert.Equal("enforcement", cases[r["enforcement_case_no"]!]));
        Assert.All(data.Rows("bids"), r => Assert.Contains(r["auction_id"], auctions));
        var lawsuits = data.Rows("insurance_claims").Where(r => r["lawsuit_case_no"] is not null).ToArray();
        Assert.NotEmpty(lawsuits);
        Assert.All(lawsuits, r => Assert.True(cases.ContainsKey(r["lawsuit_case_no"]!)));
    }

    [Fact]
    public void Every_case_has_a_claimant_and_a_respondent_side()
    {
        var data = Generated.Get(0.1, 6);
        var sides = data.Rows("case_parties").GroupBy(r => r["case_no"]!).ToDictionary(g => g.Key, g => g.Select(r => r["role"]!).ToHashSet());
        foreach (var row in data.Rows("cases"))
        {
            var roles = sides[row["case_no"]!];
            Assert.True(roles.Overlaps(["plaintiff", "applicant", "enforcement_applicant"]), row["case_no"]);
            Assert.True(roles.Count >= 1 && (roles.Overlaps(["defendant", "respondent", "enforcement_respondent"]) || roles.SetEquals(["applicant"])), row["case_no"]);
        }
    }
}
