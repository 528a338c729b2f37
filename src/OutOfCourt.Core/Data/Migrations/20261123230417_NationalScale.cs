using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutOfCourt.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class NationalScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The per-crime lookup cannot become runs (it never kept the force or month of a crime): outcome files
            // imported after this upgrade join only street files imported after it. Counts already imported stay.
            migrationBuilder.DropTable(
                name: "CrimeTypeLookups");

            migrationBuilder.CreateTable(
                name: "CrimeTypeRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Keys = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrimeTypeRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrimeTypeRuns_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "YearlyOutcomeCounts",
                columns: table => new
                {
                    DatasetId = table.Column<int>(type: "INTEGER", nullable: false),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    OffenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    OutcomeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearlyOutcomeCounts", x => new { x.DatasetId, x.ForceId, x.Year, x.OffenceId, x.OutcomeId });
                    table.ForeignKey(
                        name: "FK_YearlyOutcomeCounts_Datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "Datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_YearlyOutcomeCounts_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_YearlyOutcomeCounts_Offences_OffenceId",
                        column: x => x.OffenceId,
                        principalTable: "Offences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_YearlyOutcomeCounts_Outcomes_OutcomeId",
                        column: x => x.OutcomeId,
                        principalTable: "Outcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CrimeTypeRuns_ForceId_Year_Month",
                table: "CrimeTypeRuns",
                columns: new[] { "ForceId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_YearlyOutcomeCounts_Dataset_Force_Covering",
                table: "YearlyOutcomeCounts",
                columns: new[] { "DatasetId", "ForceId", "Year", "OffenceId", "OutcomeId", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_YearlyOutcomeCounts_Dataset_Year_Covering",
                table: "YearlyOutcomeCounts",
                columns: new[] { "DatasetId", "Year", "ForceId", "OffenceId", "OutcomeId", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_YearlyOutcomeCounts_ForceId",
                table: "YearlyOutcomeCounts",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_YearlyOutcomeCounts_OffenceId",
                table: "YearlyOutcomeCounts",
                column: "OffenceId");

            migrationBuilder.CreateIndex(
                name: "IX_YearlyOutcomeCounts_OutcomeId",
                table: "YearlyOutcomeCounts",
                column: "OutcomeId");

            // Existing cells get their yearly roll-up at once.
            migrationBuilder.Sql(
                "INSERT INTO YearlyOutcomeCounts (DatasetId, ForceId, Year, OffenceId, OutcomeId, Count) " +
                "SELECT DatasetId, ForceId, Year, OffenceId, OutcomeId, SUM(Count) FROM OutcomeCounts " +
                "GROUP BY DatasetId, ForceId, Year, OffenceId, OutcomeId;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CrimeTypeRuns");

            migrationBuilder.DropTable(
                name: "YearlyOutcomeCounts");

            migrationBuilder.CreateTable(
                name: "CrimeTypeLookups",
                columns: table => new
                {
                    CrimeKey = table.Column<long>(type: "INTEGER", nullable: false),
                    OffenceId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrimeTypeLookups", x => x.CrimeKey);
                    table.ForeignKey(
                        name: "FK_CrimeTypeLookups_Offences_OffenceId",
                        column: x => x.OffenceId,
                        principalTable: "Offences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CrimeTypeLookups_OffenceId",
                table: "CrimeTypeLookups",
                column: "OffenceId");
        }
    }
}
