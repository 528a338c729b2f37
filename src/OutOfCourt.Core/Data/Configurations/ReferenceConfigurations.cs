using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutOfCourt.Core.Data.Tables;
using OutOfCourt.Core.Domain;

namespace OutOfCourt.Core.Data.Configurations;

// Reference tables: small, loaded once, keyed by their natural key so re-syncing them keeps their ids.

internal sealed class ForceConfiguration : IEntityTypeConfiguration<Force>
{
    public void Configure(EntityTypeBuilder<Force> b) => b.HasIndex(x => x.Slug).IsUnique();
}

internal sealed class OffenceCategoryConfiguration : IEntityTypeConfiguration<OffenceCategory>
{
    public void Configure(EntityTypeBuilder<OffenceCategory> b) => b.HasIndex(x => x.Slug).IsUnique();
}

internal sealed class OffenceConfiguration : IEntityTypeConfiguration<Offence>
{
    public void Configure(EntityTypeBuilder<Offence> b)
    {
        b.HasIndex(x => new { x.Scheme, x.Code }).IsUnique();
        b.HasOne<OffenceCategory>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OutcomeClassConfiguration : IEntityTypeConfiguration<OutcomeClass>
{
    public void Configure(EntityTypeBuilder<OutcomeClass> b) => b.HasIndex(x => x.Slug).IsUnique();
}

internal sealed class OutcomeConfiguration : IEntityTypeConfiguration<Outcome>
{
    public void Configure(EntityTypeBuilder<Outcome> b)
    {
        b.HasIndex(x => new { x.Scheme, x.Code }).IsUnique();
        b.HasOne<OutcomeClass>().WithMany().HasForeignKey(x => x.ClassId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DatasetConfiguration : IEntityTypeConfiguration<Dataset>
{
    public void Configure(EntityTypeBuilder<Dataset> b)
    {
        b.HasIndex(x => x.Key).IsUnique();
        b.Property(x => x.PeriodKind).HasConversion<string>();
        b.Ignore(x => x.OutcomeScheme); // read from datasets.csv at every start, not stored
    }
}

internal sealed class SettingConfiguration : IEntityTypeConfiguration<Setting>
{
    public void Configure(EntityTypeBuilder<Setting> b) => b.HasKey(x => x.Key);
}
