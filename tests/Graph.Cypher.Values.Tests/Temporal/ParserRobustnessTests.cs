using CsCheck;
using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Values.Tests.Temporal;

/// <summary>Garbage temporal text is a Cypher argument error, never a raw parse or overflow exception.</summary>
public class ParserRobustnessTests
{
    private static readonly Gen<string> TemporalLike = Gen.String[Gen.Char["0123456789-:.,TWPYMDHSZ+[]/E"], 0, 24];

    [Fact]
    public void Parsers_fail_only_with_cypher_errors() =>
        TemporalLike.Sample(text =>
        {
            Survives(() => TemporalParser.ParseDate(text));
            Survives(() => TemporalParser.ParseLocalTime(text));
            Survives(() => TemporalParser.ParseTime(text));
            Survives(() => TemporalParser.ParseLocalDateTime(text));
            Survives(() => TemporalParser.ParseDateTime(text));
            Survives(() => TemporalParser.ParseDuration(text));
        }, iter: 20_000);

    private static void Survives(Func<object> parse)
    {
        try
        {
            _ = parse();
        }
        catch (CypherRuntimeException)
        {
        }
    }
}
