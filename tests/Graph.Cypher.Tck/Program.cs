using Graph.Cypher.Tck.Cli;
using Graph.Cypher.Tck.Engine;

RunnerOptions options;
try
{
    options = RunnerOptionsParser.Parse(args);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine(RunnerOptionsParser.Usage);
    return 2;
}

try
{
    return ConformanceRun.Execute(options, EngineFactory.TryGetFactory(), EngineFactory.EngineName, Console.Out);
}
catch (Exception error) when (error is IOException or InvalidDataException or System.Text.Json.JsonException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"cannot run the TCK: {error.Message}");
    return 2;
}
