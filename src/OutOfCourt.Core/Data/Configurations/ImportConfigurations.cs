using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutOfCourt.Core.Data.Tables;
using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Data.Configurations;

internal sealed class ImportedFileConfiguration : IEntityTypeConfiguration<ImportedFile>
{
    public void Configure(EntityTypeBuilder<ImportedFile> b)
    {
        b.HasIndex(x => x.ContentHash);
        // The current files of each dataset, their notes and the latest: the catalog reads them on every cold page
        // (ten thousand files at national scale) from this index alone, without the wide rows.
        b.HasIndex(x => new { x.ReplacedAt, x.DatasetId, x.Note, x.Id }).HasDatabaseName("IX_ImportedFiles_Current");
        b.HasOne<Dataset>().WithMany().HasForeignKey(x => x.DatasetId).OnDelete(DeleteBehavior.Restrict);
        // SQLite cannot order DateTimeOffset; store as ISO text which orders correctly.
        b.Property(x => x.ImportedAt).HasConversion<string>();
        b.Property(x => x.ReplacedAt).HasConversion<string>();
    }
}

internal sealed class SliceConfiguration : IEntityTypeConfiguration<Slice>
{
    public void Configure(EntityTypeBuilder<Slice> b)
    {
        // One slice per dataset, force and period: a revised file replaces it.
        b.HasIndex(x => new { x.DatasetId, x.ForceId, x.Year, x.Period }).IsUnique();
        b.HasIndex(x => x.ImportedFileId);
        // Every column the catalog's summary reads, so it scans this index and not the table.
        b.HasIndex(x => new { x.DatasetId, x.ForceId, x.Year, x.Rows, x.ImportedFileId }).HasDatabaseName("IX_Slices_Summary");
        // The files of each dataset, counted without sorting (a Home Office file supplies two datasets).
        b.HasIndex(x => new { x.DatasetId, x.ImportedFileId }).HasDatabaseName("IX_Slices_Dataset_File");
        b.HasOne<Dataset>().WithMany().HasForeignKey(x => x.DatasetId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Force>().WithMany().HasForeignKey(x => x.ForceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ImportedFile>().WithMany().HasForeignKey(x => x.ImportedFileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OutcomeCountConfiguration : IEntityTypeConfiguration<OutcomeCount>
{
    public void Configure(EntityTypeBuilder<OutcomeCount> b)
    {
        // One covering order: replacement deletes and the roll-ups read a slice's cells (dataset, force, year,
        // period), and the detail download streams in this order. Grouped queries read the roll-ups instead.
        b.HasIndex(x => new { x.DatasetId, x.ForceId, x.Year, x.Period, x.OffenceId, x.OutcomeId, x.Count })
            .HasDatabaseName("IX_OutcomeCounts_Dataset_Force_Covering");
        b.HasOne<Dataset>().WithMany().HasForeignKey(x => x.DatasetId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Force>().WithMany().HasForeignKey(x => x.ForceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Offence>().WithMany().HasForeignKey(x => x.OffenceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Outcome>().WithMany().HasForeignKey(x => x.OutcomeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class YearlyOutcomeCountConfiguration : IEntityTypeConfiguration<YearlyOutcomeCount>
{
    public void Configure(EntityTypeBuilder<YearlyOutcomeCount> b)
    {
        // Covering orders: by force with the year last (force pages, rankings: the sums by force, offence and
        // outcome come out of the scan in order, with no sort, over any span of years), by year, by offence.
        b.HasKey(x => new { x.DatasetId, x.ForceId, x.Year, x.OffenceId, x.OutcomeId });
        b.HasIndex(x => new { x.DatasetId, x.ForceId, x.OffenceId, x.OutcomeId, x.Year, x.Count })
            .HasDatabaseName("IX_YearlyOutcomeCounts_Dataset_Force_Covering");
        b.HasIndex(x => new { x.DatasetId, x.Year, x.ForceId, x.OffenceId, x.OutcomeId, x.Count })
            .HasDatabaseName("IX_YearlyOutcomeCounts_Dataset_Year_Covering");
        // And by offence (offence pages, an offence code by force): without it, one Home Office code out of 150
        // means reading every row of the dataset.
        b.HasIndex(x => new { x.DatasetId, x.OffenceId, x.Year, x.ForceId, x.OutcomeId, x.Count })
            .HasDatabaseName("IX_YearlyOutcomeCounts_Dataset_Offence_Covering");
        b.HasOne<Dataset>().WithMany().HasForeignKey(x => x.DatasetId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Force>().WithMany().HasForeignKey(x => x.ForceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Offence>().WithMany().HasForeignKey(x => x.OffenceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Outcome>().WithMany().HasForeignKey(x => x.OutcomeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NationalOutcomeCountConfiguration : IEntityTypeConfiguration<NationalOutcomeCount>
{
    public void Configure(EntityTypeBuilder<NationalOutcomeCount> b)
    {
        // National questions filter by dataset and years: one covering order answers them from the index alone.
        b.HasKey(x => new { x.DatasetId, x.Year, x.OffenceId, x.OutcomeId });
        b.HasIndex(x => new { x.DatasetId, x.Year, x.OffenceId, x.OutcomeId, x.Count })
            .HasDatabaseName("IX_NationalOutcomeCounts_Covering");
        b.HasOne<Dataset>().WithMany().HasForeignKey(x => x.DatasetId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Offence>().WithMany().HasForeignKey(x => x.OffenceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Outcome>().WithMany().HasForeignKey(x => x.OutcomeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AllYearsOutcomeCountConfiguration : IEntityTypeConfiguration<AllYearsOutcomeCount>
{
    public void Configure(EntityTypeBuilder<AllYearsOutcomeCount> b)
    {
        // Questions by force over every year: the sums by force, offence and outcome come out of the scan in order.
        b.HasKey(x => new { x.DatasetId, x.ForceId, x.OffenceId, x.OutcomeId });
        b.HasIndex(x => new { x.DatasetId, x.ForceId, x.OffenceId, x.OutcomeId, x.Count })
            .HasDatabaseName("IX_AllYearsOutcomeCounts_Covering");
        b.HasOne<Dataset>().WithMany().HasForeignKey(x => x.DatasetId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Force>().WithMany().HasForeignKey(x => x.ForceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Offence>().WithMany().HasForeignKey(x => x.OffenceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Outcome>().WithMany().HasForeignKey(x => x.OutcomeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CrimeTypeRunConfiguration : IEntityTypeConfiguration<CrimeTypeRun>
{
    public void Configure(EntityTypeBuilder<CrimeTypeRun> b)
    {
        // Replaced with its street slice; read force by force when outcome files are joined.
        b.HasIndex(x => new { x.ForceId, x.Year, x.Month }).IsUnique();
        b.HasOne<Force>().WithMany().HasForeignKey(x => x.ForceId).OnDelete(DeleteBehavior.Restrict);
    }
}
