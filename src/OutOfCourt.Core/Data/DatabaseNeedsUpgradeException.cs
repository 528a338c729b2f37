namespace OutOfCourt.Core.Data;

/// <summary>
/// A database made by an earlier version, opened by a natively compiled build, which has no migrator: a front end
/// says how its users upgrade it.
/// </summary>
public sealed class DatabaseNeedsUpgradeException(string path) : Exception(
    $"{path}: this database was made by an earlier version of OutOfCourt and its schema needs upgrading, which this natively " +
    "compiled build cannot do. Upgrade it once with a build that is not natively compiled (or start the web app on it); then this build works on it.")
{
    public string DatabasePath { get; } = path;
}
