using System.Text.RegularExpressions;

namespace Graph.Rules.Parsing;

/// <summary>
/// Splits a rule file into its header fields and the line the query starts on. The header is the run of `//` lines at
/// the top: `// key: value` starts a field, `//` followed by two or more spaces continues the previous one, a bare `//`
/// is a blank line. Everything from the first other line on is the query.
/// </summary>
public static partial class HeaderReader
{
    public static IReadOnlyList<HeaderField> Read(string filePath, IReadOnlyList<string> lines, List<RuleError> errors, out int headerLines)
    {
        var fields = new List<HeaderField>();
        headerLines = 0;
        while (headerLines < lines.Count && lines[headerLines].StartsWith("//", StringComparison.Ordinal))
        {
            var lineNumber = headerLines + 1;
            var line = lines[headerLines];
            headerLines++;
            var content = line[2..];
            if (content.Trim().Length == 0)
            {
                continue;
            }

            if (content.StartsWith("  ", StringComparison.Ordinal) && fields.Count > 0)
            {
                var last = fields[^1];
                fields[^1] = last with { Value = $"{last.Value} {content.Trim()}".Trim() };
                continue;
            }

            var match = FieldPattern().Match(content);
            if (!match.Success)
            {
                errors.Add(new RuleError(filePath, lineNumber, 3, RuleErrorCodes.MalformedHeaderLine,
                    "a header line is `// key: value`, or `//` and two spaces to continue the previous field."));
                continue;
            }

            var value = match.Groups["value"];
            var column = 2 + value.Index + 1;
            fields.Add(new HeaderField(match.Groups["key"].Value, value.Value.TrimEnd(), lineNumber, column));
        }

        return fields;
    }

    [GeneratedRegex(@"^ ?(?<key>[A-Za-z_][A-Za-z0-9_]*):\s*(?<value>.*)$")]
    private static partial Regex FieldPattern();
}
