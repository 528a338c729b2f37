using System.CommandLine;
using System.CommandLine.Invocation;

namespace OutOfCourt.Cli;

/// <summary>
/// `--help`, written from the parser's own model: a verb's usage lines and details, then its options with their
/// descriptions; the root's header, its verbs and a footer. System.CommandLine 3.0 keeps its help layout internal
/// and starts it with "Description:", while our help starts with the usage lines (scripts and tests rely on it).
/// </summary>
internal sealed class CommandHelp(string header, string footer) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
        return 0;
    }

    public void Write(Command command, TextWriter output)
    {
        if (command is Verb verb)
        {
            output.WriteLine(verb.Synopsis.TrimEnd());
            output.WriteLine();
            output.WriteLine(verb.Details.TrimEnd());
            output.WriteLine();
            output.WriteLine("options:");
            Columns(output, verb.Options.Where(o => !o.Hidden).Select(o => (Label(o), o.Description ?? "")));
            return;
        }
        output.WriteLine(header.TrimEnd());
        output.WriteLine();
        output.WriteLine("verbs:");
        Columns(output, command.Subcommands.Select(c => (c.Name, c.Description ?? "")));
        output.WriteLine();
        output.WriteLine(footer.TrimEnd());
    }

    private static string Label(Option option)
    {
        var names = string.Join(", ", option.Aliases.Order(StringComparer.Ordinal).Append(option.Name));
        return option.ValueType == typeof(bool) ? names : $"{names} {option.HelpName}";
    }

    /// <summary>Labels in a column, their texts beside them wrapped at <see cref="LineWidth"/>.</summary>
    private static void Columns(TextWriter output, IEnumerable<(string Label, string Text)> rows)
    {
        var list = rows.ToList();
        var indent = list.Max(r => r.Label.Length) + 5;
        foreach (var (label, text) in list)
        {
            var line = new System.Text.StringBuilder($"  {label}".PadRight(indent));
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length + 1 + word.Length > LineWidth && line.Length > indent)
                {
                    output.WriteLine(line.ToString().TrimEnd());
                    line.Clear().Append(' ', indent);
                }
                line.Append(line.Length > indent ? " " : "").Append(word);
            }
            output.WriteLine(line.ToString().TrimEnd());
        }
    }

    private const int LineWidth = 116;
}
