using OutOfCourt.Cli;

// outofcourt: a thin command line over OutOfCourt.Core. Exit codes: 0 success, 1 bad input (files refused,
// query not valid), 2 wrong usage.
return await Cli.RunAsync(args, Console.Out, Console.Error);
