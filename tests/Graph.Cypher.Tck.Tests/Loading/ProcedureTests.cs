using Graph.Cypher.Tck.Loading;
using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Tests.Loading;

public class ProcedureTests
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> Table =
    [
        ["name", "id", "city", "country_code"],
        ["'Stefan'", "1", "'Berlin'", "49"],
        ["'Stefan'", "2", "'München'", "49"],
        ["'Mats'", "1", "'Malmö'", "46"],
    ];

    [Fact]
    public void A_declared_procedure_yields_the_outputs_of_rows_whose_inputs_equal_the_arguments()
    {
        var procedure = ProcedureDeclaration.Read(1, "test.my.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?, country_code :: INTEGER?)", Table);

        var rows = procedure.Invoke([TckValue.Of("Stefan"), TckValue.Of(2L)]);

        Assert.Equal(["['München', 49]"], rows.Select(row => new TckList(row).ToString()));
        Assert.Empty(procedure.Invoke([TckValue.Of("Nobody"), TckValue.Of(1L)]));
    }

    [Fact]
    public void Numeric_arguments_find_rows_across_integer_and_float()
    {
        var procedure = ProcedureDeclaration.Read(1, "test.my.proc(in :: NUMBER?) :: (out :: STRING?)", [["in", "out"], ["1", "'one'"], ["null", "'nix'"]]);

        Assert.Single(procedure.Invoke([TckValue.Of(1.0)]));
        Assert.Equal("'nix'", procedure.Invoke([TckValue.Null]).Single()[0].ToString());
    }

    [Fact]
    public void A_table_that_disagrees_with_the_signature_is_refused() =>
        Assert.Throws<TckFormatException>(() => ProcedureDeclaration.Read(7, "p(a :: INTEGER?) :: (b :: INTEGER?)", [["a", "c"]]));
}
