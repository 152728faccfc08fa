using System.Collections.Concurrent;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Graph.Api.Http;

/// <summary>
/// Parsed documents by query text, and whether each has passed validation: clients send the same few queries over
/// and over with different variables, and parsing and validating the text again is a real share of an answer's
/// cost. A validated document is checked again only by the rules that depend on more than its text (see
/// <see cref="RulesForValidatedDocuments"/>). Bounded: cleared when full (a simple guard against clients that send
/// unique texts).
/// </summary>
public sealed class DocumentCache
{
    private const int Capacity = 2_000;
    private readonly ConcurrentDictionary<string, CachedDocument> _documents = new(StringComparer.Ordinal);
    private int _added;

    /// <summary>
    /// What a document that passed validation before is still checked by: argument validators (cursors depend on the
    /// variables). The endpoint's other rules — the caller's permissions and the complexity analysis, which depend on
    /// the caller and the variables — are added to every execution by their registration.
    /// </summary>
    public static IEnumerable<IValidationRule> RulesForValidatedDocuments { get; } = [FieldArgumentsAreValidRule.Instance];

    /// <summary>The parsed document, or null when the text does not parse (the executor then reports the syntax error).</summary>
    public CachedDocument? Parse(string query)
    {
        if (_documents.TryGetValue(query, out var cached))
        {
            return cached;
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = 64 });
        }
        catch (GraphQLParserException)
        {
            return null;
        }

        // A counter, not ConcurrentDictionary.Count, which takes every lock of the dictionary on each call.
        if (Interlocked.Increment(ref _added) > Capacity)
        {
            _documents.Clear();
            Interlocked.Exchange(ref _added, 0);
        }

        cached = new CachedDocument(document);
        _documents[query] = cached;
        return cached;
    }
}
