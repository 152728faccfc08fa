using Graph.Api.Store;

namespace Graph.Api.Tests.Units;

public sealed class RelationshipIdMemoTests
{
    [Fact]
    public void Remembers_an_id_for_its_relationship_and_maker_only()
    {
        var memo = new RelationshipIdMemo();
        var maker = new object();

        memo.Remember(42, maker, "e_42");

        Assert.Equal("e_42", memo.Find(42, maker));
        Assert.Null(memo.Find(42, new object()));
        Assert.Null(memo.Find(43, maker));
    }

    [Fact]
    public void A_relationship_falling_on_the_same_slot_replaces_the_one_before_and_is_never_mistaken_for_it()
    {
        var memo = new RelationshipIdMemo();
        var maker = new object();
        memo.Remember(7, maker, "e_7");

        memo.Remember(7 + (1 << 17), maker, "e_other");

        Assert.Null(memo.Find(7, maker));
        Assert.Equal("e_other", memo.Find(7 + (1 << 17), maker));
    }
}
