namespace Graph.Cypher.Diagnostics;

/// <summary>
/// Stable codes of diagnostics: CYP1xx are raised by the lexer and parser, CYP2xx by the binder. Each maps
/// onto the TCK's error class and detail (<see cref="TckDetails"/>) so conformance tests can compare them.
/// </summary>
public static class DiagnosticCodes
{
    public const string BadCharacter = "CYP100";
    public const string UnexpectedToken = "CYP101";
    public const string ExpectedExpression = "CYP102";
    public const string ExpectedClause = "CYP103";
    public const string UnterminatedString = "CYP104";
    public const string UnterminatedComment = "CYP105";
    public const string UnterminatedQuotedName = "CYP106";
    public const string InvalidEscapeSequence = "CYP107";
    public const string InvalidUnicodeLiteral = "CYP108";
    public const string InvalidNumberLiteral = "CYP109";
    public const string IntegerOverflow = "CYP110";
    public const string FloatingPointOverflow = "CYP111";
    public const string ExpectedPattern = "CYP112";
    public const string EmptyQuery = "CYP113";
    public const string InvalidUpdateTarget = "CYP114";
    public const string NestingTooDeep = "CYP115";
    public const string UndefinedVariable = "CYP200";
    public const string VariableAlreadyBound = "CYP201";
    public const string VariableTypeConflict = "CYP202";
    public const string InvalidAggregation = "CYP203";
    public const string NestedAggregation = "CYP204";
    public const string AmbiguousAggregationExpression = "CYP205";
    public const string NoExpressionAlias = "CYP206";
    public const string ColumnNameConflict = "CYP207";
    public const string NoSingleRelationshipType = "CYP208";
    public const string RequiresDirectedRelationship = "CYP209";
    public const string CreatingVarLength = "CYP210";
    public const string InvalidParameterUse = "CYP211";
    public const string NonConstantExpression = "CYP212";
    public const string NegativeIntegerArgument = "CYP213";
    public const string InvalidArgumentType = "CYP214";
    public const string UnknownFunction = "CYP215";
    public const string InvalidNumberOfArguments = "CYP216";
    public const string InvalidDelete = "CYP217";
    public const string DifferentColumnsInUnion = "CYP218";
    public const string InvalidClauseComposition = "CYP219";
    public const string PatternAsValue = "CYP220";
    public const string RelationshipUniquenessViolation = "CYP221";
    public const string YieldStarInQuery = "CYP222";
    public const string NoVariablesInScope = "CYP223";
    public const string ProcedureNotFound = "CYP224";
    public const string InvalidArgumentPassingMode = "CYP225";
    public const string MissingParameter = "CYP226";

    /// <summary>The TCK detail each code stands for; all are raised at compile time.</summary>
    public static IReadOnlyDictionary<string, string> TckDetails { get; } = new Dictionary<string, string>
    {
        [BadCharacter] = "UnexpectedSyntax",
        [UnexpectedToken] = "UnexpectedSyntax",
        [ExpectedExpression] = "UnexpectedSyntax",
        [ExpectedClause] = "UnexpectedSyntax",
        [UnterminatedString] = "UnexpectedSyntax",
        [UnterminatedComment] = "UnexpectedSyntax",
        [UnterminatedQuotedName] = "UnexpectedSyntax",
        [InvalidEscapeSequence] = "UnexpectedSyntax",
        [InvalidUnicodeLiteral] = "InvalidUnicodeLiteral",
        [InvalidNumberLiteral] = "InvalidNumberLiteral",
        [IntegerOverflow] = "IntegerOverflow",
        [FloatingPointOverflow] = "FloatingPointOverflow",
        [ExpectedPattern] = "UnexpectedSyntax",
        [EmptyQuery] = "UnexpectedSyntax",
        [InvalidUpdateTarget] = "UnexpectedSyntax",
        [NestingTooDeep] = "UnexpectedSyntax",
        [UndefinedVariable] = "UndefinedVariable",
        [VariableAlreadyBound] = "VariableAlreadyBound",
        [VariableTypeConflict] = "VariableTypeConflict",
        [InvalidAggregation] = "InvalidAggregation",
        [NestedAggregation] = "NestedAggregation",
        [AmbiguousAggregationExpression] = "AmbiguousAggregationExpression",
        [NoExpressionAlias] = "NoExpressionAlias",
        [ColumnNameConflict] = "ColumnNameConflict",
        [NoSingleRelationshipType] = "NoSingleRelationshipType",
        [RequiresDirectedRelationship] = "RequiresDirectedRelationship",
        [CreatingVarLength] = "CreatingVarLength",
        [InvalidParameterUse] = "InvalidParameterUse",
        [NonConstantExpression] = "NonConstantExpression",
        [NegativeIntegerArgument] = "NegativeIntegerArgument",
        [InvalidArgumentType] = "InvalidArgumentType",
        [UnknownFunction] = "UnknownFunction",
        [InvalidNumberOfArguments] = "InvalidNumberOfArguments",
        [InvalidDelete] = "InvalidDelete",
        [DifferentColumnsInUnion] = "DifferentColumnsInUnion",
        [InvalidClauseComposition] = "InvalidClauseComposition",
        [PatternAsValue] = "UnexpectedSyntax",
        [RelationshipUniquenessViolation] = "RelationshipUniquenessViolation",
        [YieldStarInQuery] = "UnexpectedSyntax",
        [NoVariablesInScope] = "NoVariablesInScope",
        [ProcedureNotFound] = "ProcedureNotFound",
        [InvalidArgumentPassingMode] = "InvalidArgumentPassingMode",
        [MissingParameter] = "MissingParameter",
    };

    /// <summary>The TCK error class of codes that are not a SyntaxError.</summary>
    public static IReadOnlyDictionary<string, string> TckErrorClasses { get; } = new Dictionary<string, string>
    {
        [ProcedureNotFound] = "ProcedureError",
        [MissingParameter] = "ParameterMissing",
    };
}
