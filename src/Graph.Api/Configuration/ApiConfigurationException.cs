namespace Graph.Api.Configuration;

/// <summary>The configuration cannot work; the message lists every problem found, one per line.</summary>
public sealed class ApiConfigurationException : Exception
{
    public ApiConfigurationException(IReadOnlyList<string> problems)
        : base("The API cannot start:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
    {
        Problems = problems;
    }

    public ApiConfigurationException()
        : this([])
    {
    }

    public ApiConfigurationException(string message)
        : this([message])
    {
    }

    public ApiConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; } = [];
}
