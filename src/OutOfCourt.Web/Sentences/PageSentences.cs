namespace OutOfCourt.Web.Sentences;

/// <summary>The sentences pages write beside their charts: an offence's seriousness, a headline's coverage.</summary>
public static class PageSentences
{
    /// <summary>An offence page's word on the policy: all of it flagged (true), part of it (null) or none (false).</summary>
    public static string Seriousness(bool? serious) => serious switch
    {
        true => "The seriousness policy flags it as serious ▲.",
        null => "The seriousness policy flags part of it as serious ▲.",
        _ => "The seriousness policy does not flag it as serious.",
    };

    /// <summary>How many forces an overview card counts, and whether some have part of the year only.</summary>
    public static string HeadlineForces(int forces, bool partial) =>
        $"{forces} {(forces == 1 ? "force" : "forces")}{(partial ? ", some with part of the year only" : "")}";
}
