using Graph.Cypher.Binding;
using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Tests.Binding.Rules;

public sealed class ProcedureCallRuleTests
{
    private static readonly BindingOptions Options = new() { Procedures = new TestProcedures() };

    [Theory]
    [InlineData("CALL test.my.proc(1) YIELD out RETURN out")]
    [InlineData("CALL test.my.proc")]
    [InlineData("CALL test.my.proc(1.5)")]
    public void Accepts_calls_matching_the_signature(string query) =>
        Assert.Empty(Binder.Bind(SyntaxTree.Parse(query), Options).Diagnostics);

    [Fact]
    public void A_standalone_call_returns_the_procedure_outputs() =>
        Assert.Equal(["out"], Binder.Bind(SyntaxTree.Parse("CALL test.my.proc(1)"), Options).Columns);

    [Fact]
    public void Rejects_an_unknown_procedure()
    {
        var diagnostic = Single("CALL no.such.proc() YIELD out RETURN out", "ProcedureNotFound", 1, 6);
        Assert.Equal("ProcedureError", diagnostic.TckErrorClass);
    }

    [Fact]
    public void Rejects_a_wrong_number_of_arguments() =>
        Single("CALL test.my.proc(1, 2)", "InvalidNumberOfArguments", 1, 1);

    [Fact]
    public void Rejects_an_argument_of_the_wrong_type() =>
        Single("CALL test.my.proc(true) YIELD out\nRETURN out", "InvalidArgumentType", 1, 19);

    [Fact]
    public void Rejects_implicit_arguments_inside_a_query() =>
        Single("CALL test.my.proc YIELD out\nRETURN out", "InvalidArgumentPassingMode", 1, 1);

    [Fact]
    public void Rejects_yield_star_inside_a_query() =>
        Single("CALL test.my.proc(1) YIELD *\nRETURN out", "UnexpectedSyntax", 1, 1);

    private static Diagnostic Single(string query, string detail, int line, int column)
    {
        var diagnostic = Binder.Bind(SyntaxTree.Parse(query), Options).Diagnostics[0];
        Assert.Equal((detail, line, column), (diagnostic.TckDetail, diagnostic.Line, diagnostic.Column));
        return diagnostic;
    }

    private sealed class TestProcedures : IProcedureCatalog
    {
        public bool TryGetProcedure(string name, out ProcedureSignature signature)
        {
            signature = new ProcedureSignature("test.my.proc", [new("in", CypherType.Float)], [new("out", CypherType.String)]);
            return name == signature.Name;
        }
    }
}
