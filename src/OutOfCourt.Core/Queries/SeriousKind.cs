namespace OutOfCourt.Core.Queries;

/// <summary>
/// What a "serious" count is: exact where the data names Home Office offence codes; for coarser categories
/// (data.police.uk crime types, the BBC table) a bound, see <see cref="Reference.SeriousnessInterval"/>.
/// </summary>
public enum SeriousKind
{
    /// <summary>Offences the policy flags, counted offence by offence.</summary>
    Exact,
    /// <summary>Categories made up entirely of offences the policy flags: every one counted is serious.</summary>
    Lower,
    /// <summary>Categories holding any offence the policy flags: no serious offence is left out.</summary>
    Upper,
}
