using System.Text.RegularExpressions;
using Graph.Cypher.Values;

namespace Graph.Rules.Parsing;

/// <summary>
/// Reads one rule file: the header (id, title, model, severity, param, meaning, explain, signals) into a
/// <see cref="RuleDefinition"/>, and the query after it. Errors carry file positions and RULEnnn codes; the query itself
/// is checked later, by <see cref="Checking.RuleChecker"/>.
/// </summary>
public static partial class RuleFileParser
{
    private static readonly string[] Required = ["id", "title", "model", "severity", "meaning", "explain"];

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal) { "id", "title", "model", "severity", "meaning", "explain", "param", "signals" };

    public static RuleParseResult ParseFile(string path) => Parse(File.ReadAllText(path), path);

    public static RuleParseResult Parse(string text, string filePath)
    {
        var errors = new List<RuleError>();
        text = text.TrimStart('\uFEFF');
        var lines = text.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        if (lines.Count == 0 || !lines[0].StartsWith("//", StringComparison.Ordinal))
        {
            errors.Add(new RuleError(filePath, 1, 1, RuleErrorCodes.NoHeader, "a rule file starts with its header: `// id: XX-000`, `// title: ...`, and so on."));
            return new RuleParseResult(null, errors);
        }

        var fields = HeaderReader.Read(filePath, lines, errors, out var headerLines);
        var single = new Dictionary<string, HeaderField>(StringComparer.Ordinal);
        var parameters = new List<RuleParameter>();
        foreach (var field in fields)
        {
            if (!Known.Contains(field.Key))
            {
                errors.Add(Error(filePath, field.Line, 4, RuleErrorCodes.UnknownField, $"unknown header field '{field.Key}' (known: {string.Join(", ", Known)})."));
            }
            else if (field.Key == "param")
            {
                ReadParameter(filePath, field, parameters, errors);
            }
            else if (!single.TryAdd(field.Key, field))
            {
                errors.Add(Error(filePath, field.Line, 4, RuleErrorCodes.DuplicateField, $"'{field.Key}' is given twice (first on line {single[field.Key].Line})."));
            }
        }

        foreach (var key in Required.Where(key => !single.ContainsKey(key)))
        {
            errors.Add(Error(filePath, Math.Max(1, headerLines), 1, RuleErrorCodes.MissingField, $"the header has no '{key}:' field."));
        }

        foreach (var field in single.Values.Where(field => field.Value.Length == 0))
        {
            errors.Add(Error(filePath, field.Line, field.Column, RuleErrorCodes.EmptyField, $"'{field.Key}:' is empty."));
        }

        var id = Value(single, "id");
        CheckId(filePath, single, id, errors);
        var model = Value(single, "model");
        if (single.TryGetValue("model", out var modelField) && model.Length > 0 && !RuleModels.All.Contains(model))
        {
            errors.Add(Error(filePath, modelField.Line, modelField.Column, RuleErrorCodes.UnknownModel, $"model '{model}' is not one of {string.Join(", ", RuleModels.All)}."));
        }

        var severity = ReadSeverity(filePath, single, errors);
        var explain = Value(single, "explain");
        if (single.TryGetValue("explain", out var explainField))
        {
            ExplainTemplate.Placeholders(explain, out var templateError);
            if (templateError is { } problem)
            {
                errors.Add(Error(filePath, explainField.Line, explainField.Column + problem.Offset, RuleErrorCodes.BadTemplate, $"explain: {problem.Message}."));
            }
        }

        var queryStart = QueryOffset(text, headerLines);
        var query = text[queryStart..];
        if (query.Trim().Length == 0)
        {
            errors.Add(Error(filePath, Math.Max(1, headerLines), 1, RuleErrorCodes.NoQuery, "the header is not followed by a query."));
        }

        if (errors.Count > 0)
        {
            return new RuleParseResult(null, errors);
        }

        var rule = new RuleDefinition
        {
            Id = id,
            Title = Value(single, "title"),
            Model = model,
            Severity = severity,
            Parameters = parameters,
            Meaning = Value(single, "meaning"),
            ExplainTemplate = explain,
            Signals = Value(single, "signals").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Query = query,
            FilePath = filePath,
            QueryLine = headerLines + 1,
            FieldLines = single.ToDictionary(pair => pair.Key, pair => pair.Value.Line, StringComparer.Ordinal),
            FieldColumns = single.ToDictionary(pair => pair.Key, pair => pair.Value.Column, StringComparer.Ordinal),
        };
        return new RuleParseResult(rule, errors);
    }

    private static void CheckId(string filePath, Dictionary<string, HeaderField> single, string id, List<RuleError> errors)
    {
        if (!single.TryGetValue("id", out var field) || id.Length == 0)
        {
            return;
        }

        if (!IdPattern().IsMatch(id))
        {
            errors.Add(Error(filePath, field.Line, field.Column, RuleErrorCodes.BadId, $"id '{id}' is not of the form AB-001 (2-4 capital letters, a dash, 3 digits)."));
            return;
        }

        var name = Path.GetFileNameWithoutExtension(filePath);
        if (name != id && !name.StartsWith(id + "-", StringComparison.Ordinal) && !name.StartsWith(id + "_", StringComparison.Ordinal))
        {
            errors.Add(Error(filePath, field.Line, field.Column, RuleErrorCodes.FileNameMismatch, $"the file of rule {id} is named {id}.cypher or {id}-<slug>.cypher, so that it can be found by id."));
        }
    }

    private static RuleSeverity ReadSeverity(string filePath, Dictionary<string, HeaderField> single, List<RuleError> errors)
    {
        if (!single.TryGetValue("severity", out var field) || field.Value.Length == 0)
        {
            return RuleSeverity.Low;
        }

        switch (field.Value)
        {
            case "high":
                return RuleSeverity.High;
            case "medium":
                return RuleSeverity.Medium;
            case "low":
                return RuleSeverity.Low;
            default:
                errors.Add(Error(filePath, field.Line, field.Column, RuleErrorCodes.BadSeverity, $"severity '{field.Value}' is not high, medium or low."));
                return RuleSeverity.Low;
        }
    }

    /// <summary>`name = default -- description`.</summary>
    private static void ReadParameter(string filePath, HeaderField field, List<RuleParameter> parameters, List<RuleError> errors)
    {
        var match = ParameterNamePattern().Match(field.Value);
        if (!match.Success)
        {
            errors.Add(Error(filePath, field.Line, field.Column, RuleErrorCodes.BadParameter, "a param line is `param: name = default -- description`."));
            return;
        }

        var name = match.Groups["name"].Value;
        var defaultStart = match.Length;
        var value = ParameterLiteral.TryRead(field.Value, defaultStart, out var end, out var literalError);
        if (value is not { } defaultValue)
        {
            errors.Add(Error(filePath, field.Line, field.Column + defaultStart, RuleErrorCodes.BadParameterDefault, $"the default of '{name}' is not a literal: {literalError}."));
            return;
        }

        var rest = field.Value[end..].Trim();
        if (!rest.StartsWith("--", StringComparison.Ordinal) || rest[2..].Trim().Length == 0)
        {
            errors.Add(Error(filePath, field.Line, field.Column + end, RuleErrorCodes.BadParameter, $"'{name}' needs a description after the default: `-- what it means`."));
            return;
        }

        if (parameters.Any(parameter => parameter.Name == name))
        {
            errors.Add(Error(filePath, field.Line, field.Column, RuleErrorCodes.DuplicateParameter, $"parameter '{name}' is declared twice."));
            return;
        }

        parameters.Add(new RuleParameter(name, defaultValue, rest[2..].Trim(), field.Line));
    }

    private static string Value(Dictionary<string, HeaderField> single, string key) =>
        single.TryGetValue(key, out var field) ? field.Value.Trim() : "";

    /// <summary>The character offset of the first line after the header.</summary>
    private static int QueryOffset(string text, int headerLines)
    {
        var offset = 0;
        for (var line = 0; line < headerLines; line++)
        {
            var newline = text.IndexOf('\n', offset);
            if (newline < 0)
            {
                return text.Length;
            }

            offset = newline + 1;
        }

        return offset;
    }

    private static RuleError Error(string filePath, int line, int column, string code, string message) => new(filePath, line, column, code, message);

    [GeneratedRegex(@"^[A-Z]{2,4}-[0-9]{3}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*")]
    private static partial Regex ParameterNamePattern();
}
