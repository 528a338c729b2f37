namespace OutOfCourt.Cli;

/// <summary>The command line itself is wrong: print the message and where the verb's usage is, exit 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
