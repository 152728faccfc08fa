using Graph.Loading.Resolution;
using Graph.Loading.Tests.Support;
using static Graph.Loading.Tests.Support.Rows;

namespace Graph.Loading.Tests.Resolution;

public sealed class EntityResolverTests
{
    private const string FirmPhone = "057188886666";

    [Fact]
    public void A_valid_id_is_the_key_across_files_and_name_variants()
    {
        var id = Ids.Resident(1);
        var (_, results) = ResolverRun.Resolve([Person("张三", id), Person("张 三", id.ToLowerInvariant()), Person("张叁", id)]);

        Assert.All(results, r => Assert.Equal("Person:" + id, r.Key));
        Assert.All(results, r => Assert.Equal(MatchReason.Id, r.Matched));
        Assert.All(results, r => Assert.Equal("张三", r.Name));
    }

    [Fact]
    public void A_full_width_id_is_the_same_valid_id()
    {
        var id = Ids.Resident(2);
        var fullWidth = new string([.. id.Select(c => char.IsAsciiDigit(c) ? (char)(c + 0xFEE0) : c)]);

        var (_, results) = ResolverRun.Resolve([Person("李四", id), Person("李四", fullWidth)]);

        Assert.Equal(results[0].Key, results[1].Key);
        Assert.True(results[1].IsStrong);
    }

    [Fact]
    public void A_name_written_with_full_width_space_matches_by_name_and_normalised_phone()
    {
        var id = Ids.Resident(3);
        var (_, results) = ResolverRun.Resolve([
            Person("张三", id, phone: "13800000001"),
            Person("张\u3000三", phone: "+86 138 0000 0001"),
            Person(" 张三", phone: "138-0000-0001"),
        ]);

        Assert.All(results, r => Assert.Equal("Person:" + id, r.Key));
        Assert.Equal(MatchReason.NamePhone, results[1].Matched);
        Assert.Equal(MatchReason.NamePhone, results[2].Matched);
    }

    [Fact]
    public void Name_and_address_also_match_a_strong_entity()
    {
        var id = Ids.Resident(4);
        var (_, results) = ResolverRun.Resolve([
            Person("王五", id, address: "绍兴市越城区人民路8号1201室"),
            Person("王五", address: "绍兴市越城区人民路8号 1201"),
        ]);

        Assert.Equal("Person:" + id, results[1].Key);
        Assert.Equal(MatchReason.NameAddress, results[1].Matched);
    }

    [Fact]
    public void A_law_firm_phone_shared_by_many_names_merges_nobody()
    {
        var references = new List<Graph.Records.Rows.PartyRef>
        {
            Person("赵六", Ids.Resident(5), phone: FirmPhone),
            Person("赵六", phone: FirmPhone),
            Person("钱七", phone: FirmPhone),
            Person("钱七", phone: FirmPhone),
            Person("孙八", phone: FirmPhone),
            Person("周九", phone: FirmPhone),
        };

        var (resolver, results) = ResolverRun.Resolve(references);

        Assert.NotEqual(results[0].Key, results[1].Key);
        Assert.False(results[1].IsStrong);
        Assert.NotEqual(results[2].Key, results[3].Key);
        Assert.Equal(1, resolver.Summary.HubIdentifiers);
    }

    [Fact]
    public void Two_people_with_one_common_name_and_nothing_else_stay_apart()
    {
        var (_, results) = ResolverRun.Resolve([Person("张伟"), Person("张伟")]);

        Assert.NotEqual(results[0].Key, results[1].Key);
        Assert.All(results, r => Assert.Equal(MatchReason.New, r.Matched));
    }

    [Fact]
    public void A_pair_two_strong_entities_share_is_ambiguous_and_merges_nothing()
    {
        var (_, results) = ResolverRun.Resolve([
            Person("张伟", Ids.Resident(6), phone: "13900000006"),
            Person("张伟", Ids.Resident(7), phone: "13900000006"),
            Person("张伟", phone: "13900000006"),
        ]);

        Assert.False(results[2].IsStrong);
        Assert.NotEqual(results[0].Key, results[1].Key);
    }

    [Fact]
    public void An_invalid_id_is_kept_as_a_weak_attribute_and_links_the_same_name()
    {
        var bad = Ids.WrongCheck(Ids.Resident(8));
        var (resolver, results) = ResolverRun.Resolve([Person("陈十", bad), Person("陈十", bad), Person("陈十一", bad)]);

        Assert.All(results, r => Assert.False(r.IsStrong));
        Assert.All(results, r => Assert.Equal(bad, r.InvalidId));
        Assert.Equal(results[0].Key, results[1].Key);
        Assert.Equal(MatchReason.NameId, results[1].Matched);
        Assert.NotEqual(results[0].Key, results[2].Key);
        Assert.Equal(3, resolver.Summary.InvalidIdsKept);
    }

    [Fact]
    public void Weak_references_cluster_through_shared_name_phone_and_name_address()
    {
        var (_, results) = ResolverRun.Resolve([
            Person("刘一", phone: "13700000001"),
            Person("刘一", phone: "13700000001", address: "杭州市西湖区文三路1号"),
            Person("刘一", address: "杭州市西湖区文三路1号"),
            Person("刘一", phone: "13700000099"),
        ]);

        Assert.Equal(results[0].Key, results[1].Key);
        Assert.Equal(results[1].Key, results[2].Key);
        Assert.NotEqual(results[0].Key, results[3].Key);
        Assert.StartsWith("Person~刘一#", results[0].Key, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weak_cluster_that_touches_one_strong_entity_joins_it()
    {
        var id = Ids.Resident(9);
        var (_, results) = ResolverRun.Resolve([
            Person("吴二", id, phone: "13600000002"),
            Person("吴二", phone: "13600000002", address: "宁波市海曙区中山路2号"),
            Person("吴二", address: "宁波市海曙区中山路2号"),
        ]);

        Assert.All(results, r => Assert.Equal("Person:" + id, r.Key));
    }

    [Fact]
    public void A_company_without_a_valid_uscc_joins_the_registered_company_of_that_exact_name()
    {
        var uscc = Ids.Uscc(1);
        var (resolver, results) = ResolverRun.Resolve([
            Company("绍兴某某贸易有限公司（越城）", uscc),
            Company("绍兴某某贸易有限公司(越城)"),
            Company(" 绍兴某某贸易 有限公司（越城）", Ids.WrongCheck(uscc)),
            Company("杭州另一家有限公司"),
            Company("杭州另一家有限公司"),
        ]);

        Assert.Equal("Company:" + uscc, results[1].Key);
        Assert.Equal(MatchReason.Name, results[1].Matched);
        Assert.Equal("Company:" + uscc, results[2].Key);
        Assert.Equal("Company~杭州另一家有限公司", results[3].Key);
        Assert.Equal(results[3].Key, results[4].Key);
        Assert.Equal(1, resolver.Summary.CompaniesStrong);
        Assert.Equal(1, resolver.Summary.CompaniesWeak);
    }

    [Fact]
    public void Keys_do_not_depend_on_the_order_references_arrive_in()
    {
        var references = SampleReferences();
        var (_, inOrder) = ResolverRun.Resolve(references);
        var expected = references.Select((r, i) => (r, inOrder[i].Key)).ToDictionary(p => p.r, p => p.Key);

        var random = new Random(7);
        for (var round = 0; round < 5; round++)
        {
            var shuffled = references.OrderBy(_ => random.Next()).ToList();
            var resolver = new EntityResolver();
            shuffled.ForEach(resolver.Observe);
            foreach (var reference in shuffled)
            {
                // The source only seeds name-only references, which are unique per reference anyway.
                var source = $"test.csv:{references.IndexOf(reference) + 2}";
                Assert.Equal(expected[reference], resolver.Resolve(reference, source).Key);
            }
        }
    }

    private static List<Graph.Records.Rows.PartyRef> SampleReferences()
    {
        var list = new List<Graph.Records.Rows.PartyRef>();
        for (var i = 0; i < 40; i++)
        {
            var name = "人" + (i % 7);
            var phone = i % 3 == 0 ? null : "1350000" + (i % 5).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            var address = i % 4 == 0 ? "地址" + (i % 6) : null;
            var id = i % 5 == 0 ? Ids.Resident(100 + (i % 10)) : null;
            list.Add(Person(name + (i % 2 == 0 ? "" : " "), id, phone, address, prefix: "p" + i + "_"));
        }

        return list;
    }
}
