using Microsoft.EntityFrameworkCore;
using OutOfCourt.Core.Data.Tables;
using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Data;

public sealed class OutOfCourtDbContext(DbContextOptions<OutOfCourtDbContext> options) : DbContext(options)
{
    public DbSet<Force> Forces => Set<Force>();
    public DbSet<OffenceCategory> OffenceCategories => Set<OffenceCategory>();
    public DbSet<Offence> Offences => Set<Offence>();
    public DbSet<OutcomeClass> OutcomeClasses => Set<OutcomeClass>();
    public DbSet<Outcome> Outcomes => Set<Outcome>();
    public DbSet<Dataset> Datasets => Set<Dataset>();
    public DbSet<ImportedFile> ImportedFiles => Set<ImportedFile>();
    public DbSet<Slice> Slices => Set<Slice>();
    public DbSet<OutcomeCount> OutcomeCounts => Set<OutcomeCount>();
    public DbSet<YearlyOutcomeCount> YearlyOutcomeCounts => Set<YearlyOutcomeCount>();
    public DbSet<NationalOutcomeCount> NationalOutcomeCounts => Set<NationalOutcomeCount>();
    public DbSet<AllYearsOutcomeCount> AllYearsOutcomeCounts => Set<AllYearsOutcomeCount>();
    public DbSet<CrimeTypeRun> CrimeTypeRuns => Set<CrimeTypeRun>();
    public DbSet<Setting> Settings => Set<Setting>();

    /// <summary>
    /// No index for each foreign key by default: ours point at reference rows that are never deleted, so such an
    /// index would only be written, on every one of tens of millions of cells. Indexes are declared where queries use them.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Conventions.Remove<Microsoft.EntityFrameworkCore.Metadata.Conventions.ForeignKeyIndexConvention>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OutOfCourtDbContext).Assembly);
}
