using CsCheck;
using Graph.Records.Identifiers;

namespace Graph.Records.Tests.Identifiers;

public class ResidentIdTests
{
    private static readonly Gen<string> ValidIds = Gen.Select(
        Gen.Int[110000, 659999],
        Gen.DateOnly[new DateOnly(1900, 1, 1), new DateOnly(2024, 12, 31)],
        Gen.Int[0, 999],
        ResidentId.Create);

    [Theory]
    [InlineData("360426199101010071")]
    [InlineData("34052419800101001X")]
    [InlineData("34052419800101001x")]
    [InlineData(" 360426199101010071 ")]
    public void Spec_examples_are_valid(string id) => Assert.Equal(IdValidity.Valid, ResidentId.Validate(id));

    [Theory]
    [InlineData(null, IdValidity.Missing)]
    [InlineData("  ", IdValidity.Missing)]
    [InlineData("36042619910101007", IdValidity.BadLength)]
    [InlineData("3604261991010100711", IdValidity.BadLength)]
    [InlineData("36042619910101007A", IdValidity.BadCharacters)]
    [InlineData("360426199102300071", IdValidity.BadBirthDate)]
    [InlineData("360426199101010072", IdValidity.BadCheckDigit)]
    public void Invalid_ids_say_why(string? id, IdValidity expected) => Assert.Equal(expected, ResidentId.Validate(id));

    [Theory]
    [InlineData("3604261991010１0071")]
    [InlineData("３６０４２６１９９１０１０１００７１")]
    [InlineData(" 360426 19910101 0071 ")]
    public void Full_width_digits_and_spaces_typed_by_an_input_method_fold_to_a_valid_id(string id) =>
        Assert.Equal(IdValidity.Valid, ResidentId.Validate(id));

    [Fact]
    public void Birth_date_is_read_from_digits_7_to_14() =>
        Assert.Equal(new DateOnly(1991, 1, 1), ResidentId.BirthDate("360426199101010071"));

    [Fact]
    public void Created_ids_are_valid() => ValidIds.Sample(id => ResidentId.Validate(id) == IdValidity.Valid);

    [Fact]
    public void Any_single_character_change_makes_an_id_invalid() =>
        Gen.Select(ValidIds, Gen.Int[0, 17], Gen.Char["0123456789X"]).Sample((id, position, replacement) =>
        {
            if (id[position] == replacement)
            {
                return true;
            }

            var changed = string.Concat(id.AsSpan(0, position), replacement.ToString(), id.AsSpan(position + 1));
            return ResidentId.Validate(changed) != IdValidity.Valid;
        });
}
