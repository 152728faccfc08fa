namespace Graph.Cli.Commands;

/// <summary>What `graph serve` was asked to do.</summary>
public sealed record ServeRequest(string StorePath, bool Demo, string Urls, string RulesFolder, string? Redis, string? ConfigFile);
