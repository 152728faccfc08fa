using Gherkin.Ast;
using Graph.Cypher.Tck.Scenarios;

namespace Graph.Cypher.Tck.Loading;

/// <summary>
/// Turns one Gherkin scenario into runnable scenarios: itself, or one per Examples row with the row's values
/// substituted into the name, step text, query blocks and table cells.
/// </summary>
public static class ScenarioExpander
{
    public static IEnumerable<TckScenario> Expand(string featurePath, string featureName, Scenario scenario, IReadOnlyList<Step> background)
    {
        var tags = scenario.Tags.Select(tag => tag.Name).ToList();
        var steps = background.Concat(scenario.Steps).ToList();
        var examples = scenario.Examples.ToList();
        if (examples.Count == 0)
        {
            yield return Build(featurePath, featureName, scenario, scenario.Name, null, tags, steps, new Dictionary<string, string>());
            yield break;
        }

        var index = 0;
        foreach (var block in examples)
        {
            var header = block.TableHeader?.Cells.Select(cell => cell.Value).ToList() ?? [];
            foreach (var row in block.TableBody ?? [])
            {
                index++;
                var values = header.Zip(row.Cells, (name, cell) => (name, cell.Value)).ToDictionary(pair => pair.name, pair => pair.Value, StringComparer.Ordinal);
                var exampleTags = tags.Concat(block.Tags.Select(tag => tag.Name)).ToList();
                var name = Placeholders.Substitute(scenario.Name, values);
                yield return Build(featurePath, featureName, scenario, name, index, exampleTags, steps, values);
            }
        }
    }

    private static TckScenario Build(
        string featurePath,
        string featureName,
        Scenario scenario,
        string name,
        int? exampleIndex,
        IReadOnlyList<string> tags,
        IReadOnlyList<Step> steps,
        IReadOnlyDictionary<string, string> values)
    {
        var line = scenario.Location.Line;
        try
        {
            var interpreted = steps.Select(step => StepInterpreter.Interpret(Substitute(step, values))).ToList();
            return new TckScenario(featurePath, featureName, name, line, exampleIndex, tags, interpreted);
        }
        catch (TckFormatException error)
        {
            return new TckScenario(featurePath, featureName, name, line, exampleIndex, tags, [], error.Message);
        }
    }

    private static RawStep Substitute(Step step, IReadOnlyDictionary<string, string> values)
    {
        var docString = step.DocString is null ? null : Placeholders.Substitute(step.DocString.Content, values);
        var table = step.DataTable?.Rows
            .Select(row => (IReadOnlyList<string>)row.Cells.Select(cell => Placeholders.Substitute(cell.Value, values)).ToList())
            .ToList();
        return new RawStep(step.Location.Line, Placeholders.Substitute(step.Text, values), docString, table);
    }
}
