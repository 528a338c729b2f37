namespace OutOfCourt.Core.Import;

/// <summary>A force's outcome files in this run, and how many street crimes their join has to look through.</summary>
internal sealed record OutcomeForce(int? Id, long Crimes, int Partitions, IReadOnlyList<ImportSource> Sources);

/// <summary>How the forces of a run's outcome files are grouped into waves, each parsed on every core at once.</summary>
internal static class OutcomeWaves
{
    /// <summary>
    /// Consecutive forces with a few files per core between them (a wave's parses end together, so a core idles while
    /// the last file of each wave is read), and at most one partition's crimes per core (their indexes are in memory
    /// at once); a force joined in partitions goes alone.
    /// </summary>
    public static IEnumerable<List<OutcomeForce>> Of(IEnumerable<OutcomeForce> forces, int crimesPerPartition)
    {
        var wave = new List<OutcomeForce>();
        foreach (var force in forces)
        {
            if (wave.Count > 0 && (force.Partitions > 1 || wave.Sum(f => f.Crimes) + force.Crimes > (long)crimesPerPartition * Environment.ProcessorCount))
            {
                yield return wave;
                wave = [];
            }
            wave.Add(force);
            if (force.Partitions > 1 || wave.Sum(f => f.Sources.Count) >= 4 * Environment.ProcessorCount)
            {
                yield return wave;
                wave = [];
            }
        }
        if (wave.Count > 0) yield return wave;
    }
}
