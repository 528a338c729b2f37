namespace OutOfCourt.Cli;

/// <summary>The arguments of one verb: --name value options, --flags, and positional arguments.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    public List<string> Positional { get; } = [];

    /// <param name="valued">Options that take a value; any other --name is a flag.</param>
    public static CommandLine Parse(IEnumerable<string> args, IReadOnlySet<string> valued, IReadOnlySet<string> flags)
    {
        var line = new CommandLine();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (arg == "--") { while (e.MoveNext()) line.Positional.Add(e.Current); break; }
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2) { line.Positional.Add(arg); continue; }
            var name = arg[2..];
            string? inline = null;
            var eq = name.IndexOf('=');
            if (eq > 0) (name, inline) = (name[..eq], name[(eq + 1)..]);
            if (valued.Contains(name))
            {
                if (inline is null && !e.MoveNext()) throw new UsageException($"--{name} needs a value");
                line._options[name] = inline ?? e.Current;
            }
            else if (flags.Contains(name) && inline is null) line._flags.Add(name);
            else throw new UsageException($"unknown option --{name}");
        }
        return line;
    }

    public string? Get(string name) => _options.GetValueOrDefault(name);
    public bool Has(string name) => _flags.Contains(name);

    public int? GetInt(string name)
    {
        var text = Get(name);
        if (text is null) return null;
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n : throw new UsageException($"--{name}: '{text}' is not a whole number");
    }
}

/// <summary>The command line itself is wrong: print the message and the verb's usage, exit 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
