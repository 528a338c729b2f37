using System.CommandLine;

namespace OutOfCourt.Cli;

/// <summary>A verb of the command line: a one-line description for the verb list, and the usage lines and details its help shows.</summary>
internal sealed class Verb(string name, string description, string synopsis, string details) : Command(name, description)
{
    public string Synopsis { get; } = synopsis;
    public string Details { get; } = details;
}
