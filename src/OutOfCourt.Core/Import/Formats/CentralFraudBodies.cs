namespace OutOfCourt.Core.Import;

/// <summary>
/// The central fraud bodies whose rows sit beside the forces' in Home Office outcomes files (Action Fraud, Cifas, UK
/// Finance, formerly Financial Fraud Action UK). They are not police forces: their rows are kept apart and reported,
/// never counted as a 46th force and never dropped silently.
/// </summary>
internal static class CentralFraudBodies
{
    private static readonly string[] Names = ["action fraud", "cifas", "uk finance", "financial fraud action"];

    public static bool Is(string forceName)
    {
        var name = forceName.Trim();
        foreach (var n in Names)
            if (name.Contains(n, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
