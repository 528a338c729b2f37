namespace OutOfCourt.Web.Infrastructure;

/// <summary>What forces are ranked by (the measure parameter): count, share or serious-share.</summary>
public enum RankingMeasure { Count, Share, SeriousShare }
