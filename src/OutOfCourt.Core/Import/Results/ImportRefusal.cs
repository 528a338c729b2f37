namespace OutOfCourt.Core.Import;

/// <summary>
/// Why an import refused a file or a whole run, as values a front end words for its users (the command line names
/// the option that fixes it). <see cref="object.ToString"/> is the plain wording, naming no option.
/// </summary>
public abstract record ImportRefusal;
