namespace Graph.Rules;

/// <summary>
/// Stable codes of rule errors. Query syntax and semantic errors keep the front end's CYPnnn codes; these cover the
/// header (RULE001-RULE019), the catalog (RULE02x) and the checks against the graph model and the hit shape (RULE03x+).
/// </summary>
public static class RuleErrorCodes
{
    /// <summary>The file does not start with a `// key: value` header.</summary>
    public const string NoHeader = "RULE001";

    /// <summary>A required header field (id, title, model, severity, meaning, explain) is missing.</summary>
    public const string MissingField = "RULE002";

    /// <summary>A header line names a field this format does not know.</summary>
    public const string UnknownField = "RULE003";

    /// <summary>A single-valued field appears twice.</summary>
    public const string DuplicateField = "RULE004";

    /// <summary>A field is present but empty.</summary>
    public const string EmptyField = "RULE005";

    /// <summary>The id is not of the form ABC-123.</summary>
    public const string BadId = "RULE006";

    /// <summary>The model is not one of the five.</summary>
    public const string UnknownModel = "RULE007";

    /// <summary>The severity is not high, medium or low.</summary>
    public const string BadSeverity = "RULE008";

    /// <summary>A param line is not `name = default -- description`.</summary>
    public const string BadParameter = "RULE009";

    /// <summary>A param's default is not a Cypher literal (number, 'string', true/false, null, list).</summary>
    public const string BadParameterDefault = "RULE010";

    /// <summary>Two param lines declare the same name.</summary>
    public const string DuplicateParameter = "RULE011";

    /// <summary>Nothing but the header: no query follows.</summary>
    public const string NoQuery = "RULE012";

    /// <summary>A header line is not of the form `// key: value` (nor an indented continuation line).</summary>
    public const string MalformedHeaderLine = "RULE013";

    /// <summary>The explain template has an unbalanced brace or an empty {placeholder}.</summary>
    public const string BadTemplate = "RULE014";

    /// <summary>The file name does not start with the rule id.</summary>
    public const string FileNameMismatch = "RULE020";

    /// <summary>Two files declare the same rule id.</summary>
    public const string DuplicateId = "RULE021";

    /// <summary>The rules folder does not exist or holds no .cypher file.</summary>
    public const string NoRules = "RULE022";

    /// <summary>The query names a label that is not in the graph model.</summary>
    public const string UnknownLabel = "RULE030";

    /// <summary>The query names a relationship type that is not in the graph model.</summary>
    public const string UnknownRelationshipType = "RULE031";

    /// <summary>The query reads a property key the graph model does not have on that label or type.</summary>
    public const string UnknownProperty = "RULE032";

    /// <summary>The RETURN columns are not entities, records, weight, facts.</summary>
    public const string BadColumns = "RULE033";

    /// <summary>An explain placeholder is not a key of the facts map.</summary>
    public const string UnknownPlaceholder = "RULE034";

    /// <summary>The query reads a $parameter the header does not declare.</summary>
    public const string UndeclaredParameter = "RULE035";

    /// <summary>The header declares a parameter the query never reads.</summary>
    public const string UnusedParameter = "RULE036";

    /// <summary>The query writes (CREATE, MERGE, SET, REMOVE, DELETE) or calls a procedure: rules only read.</summary>
    public const string NotReadOnly = "RULE037";

    /// <summary>The engine's planner refused the query (a construct it does not run).</summary>
    public const string NotPlannable = "RULE038";
}
