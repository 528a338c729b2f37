using OutOfCourt.Core.Domain;

namespace OutOfCourt.Web.Charts;

/// <summary>One force's row of the ranking: its community resolutions (and of them, for serious offences) and its outcomes.</summary>
public sealed record ForceRank(Force Force, long CommunityResolutions, long SeriousCommunityResolutions, long Outcomes)
{
    /// <summary>Community resolutions as a percentage of outcomes.</summary>
    public double Share => Outcomes == 0 ? 0 : 100.0 * CommunityResolutions / Outcomes;
}
