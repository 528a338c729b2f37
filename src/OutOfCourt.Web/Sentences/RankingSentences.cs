namespace OutOfCourt.Web.Sentences;

/// <summary>Which forces a ranking covers, so its sentence says "of 43" only when it really ranks those 43.</summary>
public enum RankingCoverage
{
    /// <summary>Every force OutOfCourt knows (the 43 territorial forces, British Transport Police and Northern Ireland).</summary>
    AllForces,
    /// <summary>Exactly the 43 territorial forces of England and Wales.</summary>
    TerritorialForces,
    /// <summary>Some other set: the forces that have data for the period.</summary>
    ForcesWithData,
}

/// <summary>The ranking's ready sentence, for a journalist to quote as it stands (pure: tested by a table of cases).</summary>
public static class RankingSentences
{
    /// <summary>
    /// "Greater Manchester Police ranked 8th of the 43 territorial forces of England and Wales by number of community
    /// resolutions in 2016." <paramref name="rank"/> is null when the force is not in the ranking (no outcomes);
    /// <paramref name="tied"/> says another force has the same value; <paramref name="period"/> is "in 2016" or
    /// "from 2012 to 2016".
    /// </summary>
    public static string Ranked(string force, int? rank, bool tied, int ranked, RankingCoverage coverage, string byWhat, string period)
    {
        if (rank is not { } r) return $"{force} is not ranked: the data has no outcomes for it {period}.";
        var of = coverage switch
        {
            RankingCoverage.AllForces => $"of all {ranked} forces",
            RankingCoverage.TerritorialForces => $"of the {ranked} territorial forces of England and Wales",
            _ => ranked == 1 ? $"of the only force with data {period}" : $"of the {ranked} forces with data {period}",
        };
        // The period is already in "of the N forces with data in 2016"; not said twice.
        var when = coverage == RankingCoverage.ForcesWithData ? "" : " " + period;
        return $"{force} ranked {(tied ? "joint " : "")}{Ordinal(r)} {of} by {byWhat}{when}.";
    }

    /// <summary>1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st, 111th.</summary>
    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(Words.Culture) + suffix;
    }
}
