using CsCheck;
using Graph.Records.Identifiers;

namespace Graph.Records.Tests.Identifiers;

public class UsccTests
{
    private static readonly Gen<string> ValidCodes =
        Gen.Char[Uscc.Alphabet].Array[17].Select(body => Uscc.Create(new string(body)));

    [Theory]
    [InlineData("91110000600037341L")]
    [InlineData("91110000600037341l")]
    public void Spec_example_is_valid(string code) => Assert.Equal(IdValidity.Valid, Uscc.Validate(code));

    [Theory]
    [InlineData("", IdValidity.Missing)]
    [InlineData("91110000600037341", IdValidity.BadLength)]
    [InlineData("9111000060003734IL", IdValidity.BadCharacters)]
    [InlineData("91110000600037341O", IdValidity.BadCharacters)]
    [InlineData("91110000600037341M", IdValidity.BadCheckDigit)]
    public void Invalid_codes_say_why(string code, IdValidity expected) => Assert.Equal(expected, Uscc.Validate(code));

    [Fact]
    public void Created_codes_are_valid() => ValidCodes.Sample(code => Uscc.Validate(code) == IdValidity.Valid);

    [Fact]
    public void Any_single_character_change_makes_a_code_invalid() =>
        Gen.Select(ValidCodes, Gen.Int[0, 17], Gen.Char[Uscc.Alphabet + "IOSVZ"]).Sample((code, position, replacement) =>
        {
            if (code[position] == replacement)
            {
                return true;
            }

            var changed = string.Concat(code.AsSpan(0, position), replacement.ToString(), code.AsSpan(position + 1));
            return Uscc.Validate(changed) != IdValidity.Valid;
        });
}
