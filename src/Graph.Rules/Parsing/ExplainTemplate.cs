using System.Text;

namespace Graph.Rules.Parsing;

/// <summary>The explain sentence of a rule: text with {placeholders} that name keys of the hit's facts map.</summary>
public static class ExplainTemplate
{
    /// <summary>The placeholders in order; <paramref name="error"/> says what is wrong when a brace is unbalanced or a name empty.</summary>
    public static IReadOnlyList<TemplatePlaceholder> Placeholders(string template, out (string Message, int Offset)? error)
    {
        var found = new List<TemplatePlaceholder>();
        error = null;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '}')
            {
                error ??= ("'}' without a matching '{'", i);
                continue;
            }

            if (template[i] != '{')
            {
                continue;
            }

            var close = template.IndexOf('}', i + 1);
            var nextOpen = template.IndexOf('{', i + 1);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            {
                error ??= ("'{' without a matching '}'", i);
                continue;
            }

            var name = template[(i + 1)..close].Trim();
            if (name.Length == 0 || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
            {
                error ??= ($"'{{{name}}}' is not a placeholder name (letters, digits, _)", i);
            }
            else
            {
                found.Add(new TemplatePlaceholder(name, i + 1));
            }

            i = close;
        }

        return found;
    }

    /// <summary>The template with each {name} replaced by <paramref name="value"/>(name); unknown names stay as written.</summary>
    public static string Fill(string template, Func<string, string?> value)
    {
        var text = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var close = template[i] == '{' ? template.IndexOf('}', i + 1) : -1;
            if (close < 0)
            {
                text.Append(template[i]);
                continue;
            }

            var name = template[(i + 1)..close].Trim();
            text.Append(value(name) ?? template[i..(close + 1)]);
            i = close;
        }

        return text.ToString();
    }
}
