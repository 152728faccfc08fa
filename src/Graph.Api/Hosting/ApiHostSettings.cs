using Graph.Api.Analysis;
using Graph.Api.Store;

namespace Graph.Api.Hosting;

/// <summary>How <see cref="ApiHost"/> builds the service: command-line arguments, settings that win over configuration
/// files and the environment, the URLs to listen on, and (for tests and embedding) a graph source or analysis runner.</summary>
public sealed record ApiHostSettings
{
    public string[] Args { get; init; } = [];

    /// <summary>Configuration keys (Api:Store, Api:Keys:0:Key...) that override appsettings.json and the environment.</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();

    /// <summary>A JSON settings file read after appsettings.json (environment variables and overrides still win).</summary>
    public string? SettingsFile { get; init; }

    /// <summary>Where Kestrel listens; empty uses configuration (urls / ASPNETCORE_URLS), else http://127.0.0.1:5080.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>A graph source to use instead of opening Api:Store.</summary>
    public IGraphSource? GraphSource { get; init; }

    public IAnalysisRunner? AnalysisRunner { get; init; }

    /// <summary>Api:Store already opened (graph serve --demo had to look into it): served instead of opened again.</summary>
    public OpenedStore? OpenedStore { get; init; }

    /// <summary>Whether logs go to the console (off in tests, which read responses instead).</summary>
    public bool ConsoleLogs { get; init; } = true;
}
