using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;
using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>
/// Semantic analysis: resolves variables to symbols clause by clause, infers types, and checks what the grammar
/// accepts but openCypher rejects. Scoping errors are found while binding; the rules of <see cref="QueryRules"/>
/// then check the finished tree. Never throws on user input.
/// </summary>
public sealed partial class Binder
{
    private readonly SourceText text;
    private readonly DiagnosticBag diagnostics;
    private readonly IFunctionCatalog functions;
    private readonly IProcedureCatalog? procedures;
    private readonly List<string> parameters = [];
    private Scope scope = new();

    // What a single query's scope starts from: nothing at the top, the enclosing scope inside EXISTS { }.
    private Scope? importedScope;
    private int generatedNames;

    private Binder(SourceText text, BindingOptions options)
    {
        this.text = text;
        diagnostics = new DiagnosticBag(text);
        functions = options.Functions;
        procedures = options.Procedures;
    }

    public static BoundQuery Bind(SyntaxTree tree, BindingOptions? options = null)
    {
        var binder = new Binder(tree.Text, options ?? BindingOptions.Default);
        var body = binder.BindQuery(tree.Root, imported: null);
        var query = new BoundQuery(tree.Root.Prefix, body, binder.parameters, tree.Diagnostics);

        // A tree with syntax errors holds invented tokens; what the binder says about them would only be noise.
        if (tree.HasErrors)
        {
            return query;
        }

        QueryRules.Check(query, binder.diagnostics);
        MissingParameterRule.Check(query, options?.Parameters, binder.diagnostics);
        return query with { Diagnostics = [.. tree.Diagnostics.Concat(binder.diagnostics).OrderBy(diagnostic => diagnostic.Index)] };
    }

    private VariableSymbol Generate(string what, SymbolKind kind, CypherType type, TextSpan span) =>
        new($"  {what}{++generatedNames}", kind, type, span, isGenerated: true);

    private string SourceOf(SyntaxNode node) => text.ToString(node.Span);

    // A name the parser invented to recover has no text; it was reported already.
    private static bool IsMissing(VariableSyntax variable) => variable.Identifier.IsMissing || variable.Name.Length == 0;
}
