using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutOfCourt.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class NationalRollUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_YearlyOutcomeCounts_Dataset_Force_Covering",
                table: "YearlyOutcomeCounts");

            migrationBuilder.DropIndex(
                name: "IX_YearlyOutcomeCounts_ForceId",
                table: "YearlyOutcomeCounts");

            migrationBuilder.DropIndex(
                name: "IX_YearlyOutcomeCounts_OffenceId",
                table: "YearlyOutcomeCounts");

            migrationBuilder.DropIndex(
                name: "IX_YearlyOutcomeCounts_OutcomeId",
                table: "YearlyOutcomeCounts");

            migrationBuilder.DropIndex(
                name: "IX_Slices_ForceId",
                table: "Slices");

            migrationBuilder.DropIndex(
                name: "IX_Outcomes_ClassId",
                table: "Outcomes");

            migrationBuilder.DropIndex(
                name: "IX_OutcomeCounts_Dataset_Year_Covering",
                table: "OutcomeCounts");

            migrationBuilder.DropIndex(
                name: "IX_OutcomeCounts_ForceId",
                table: "OutcomeCounts");

            migrationBuilder.DropIndex(
                name: "IX_OutcomeCounts_OffenceId",
                table: "OutcomeCounts");

            migrationBuilder.DropIndex(
                name: "IX_OutcomeCounts_OutcomeId",
                table: "OutcomeCounts");

            migrationBuilder.DropIndex(
                name: "IX_Offences_CategoryId",
                table: "Offences");

            migrationBuilder.DropIndex(
                name: "IX_ImportedFiles_DatasetId",
                table: "ImportedFiles");

            migrationBuilder.AddColumn<int>(
                name: "Cells",
                table: "YearlyOutcomeCounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "AllYearsOutcomeCounts",
                columns: table => new
                {
                    DatasetId = table.Column<int>(type: "INTEGER", nullable: false),
                    ForceId = table.Column<int>(type: "INTEGER", nullable: false),
                    OffenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    OutcomeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    Cells = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllYearsOutcomeCounts", x => new { x.DatasetId, x.ForceId, x.OffenceId, x.OutcomeId });
                    table.ForeignKey(
                        name: "FK_AllYearsOutcomeCounts_Datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "Datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AllYearsOutcomeCounts_Forces_ForceId",
                        column: x => x.ForceId,
                        principalTable: "Forces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AllYearsOutcomeCounts_Offences_OffenceId",
                        column: x => x.OffenceId,
                        principalTable: "Offences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AllYearsOutcomeCounts_Outcomes_OutcomeId",
                        column: x => x.OutcomeId,
                        principalTable: "Outcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NationalOutcomeCounts",
                columns: table => new
                {
                    DatasetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    OffenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    OutcomeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    Cells = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NationalOutcomeCounts", x => new { x.DatasetId, x.Year, x.OffenceId, x.OutcomeId });
                    table.ForeignKey(
                        name: "FK_NationalOutcomeCounts_Datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "Datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NationalOutcomeCounts_Offences_OffenceId",
                        column: x => x.OffenceId,
                        principalTable: "Offences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NationalOutcomeCounts_Outcomes_OutcomeId",
                        column: x => x.OutcomeId,
                        principalTable: "Outcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_YearlyOutcomeCounts_Dataset_Force_Covering",
                table: "YearlyOutcomeCounts",
                columns: new[] { "DatasetId", "ForceId", "OffenceId", "OutcomeId", "Year", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_YearlyOutcomeCounts_Dataset_Offence_Covering",
                table: "YearlyOutcomeCounts",
                columns: new[] { "DatasetId", "OffenceId", "Year", "ForceId", "OutcomeId", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_Slices_Summary",
                table: "Slices",
                columns: new[] { "DatasetId", "ForceId", "Year", "Rows", "ImportedFileId" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportedFiles_Current",
                table: "ImportedFiles",
                columns: new[] { "ReplacedAt", "DatasetId", "Note", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AllYearsOutcomeCounts_Covering",
                table: "AllYearsOutcomeCounts",
                columns: new[] { "DatasetId", "ForceId", "OffenceId", "OutcomeId", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_NationalOutcomeCounts_Covering",
                table: "NationalOutcomeCounts",
                columns: new[] { "DatasetId", "Year", "OffenceId", "OutcomeId", "Count" });

            // Existing roll-ups learn how many cells they sum; the national and all-years roll-ups are summed from them at once.
            migrationBuilder.Sql(
                "UPDATE YearlyOutcomeCounts SET Cells = (SELECT COUNT(*) FROM OutcomeCounts c WHERE c.DatasetId = YearlyOutcomeCounts.DatasetId " +
                "AND c.ForceId = YearlyOutcomeCounts.ForceId AND c.Year = YearlyOutcomeCounts.Year " +
                "AND c.OffenceId = YearlyOutcomeCounts.OffenceId AND c.OutcomeId = YearlyOutcomeCounts.OutcomeId);");
            migrationBuilder.Sql(
                "INSERT INTO NationalOutcomeCounts (DatasetId, Year, OffenceId, OutcomeId, Count, Cells) " +
                "SELECT DatasetId, Year, OffenceId, OutcomeId, SUM(Count), SUM(Cells) FROM YearlyOutcomeCounts " +
                "GROUP BY DatasetId, Year, OffenceId, OutcomeId;");
            migrationBuilder.Sql(
                "INSERT INTO AllYearsOutcomeCounts (DatasetId, ForceId, OffenceId, OutcomeId, Count, Cells) " +
                "SELECT DatasetId, ForceId, OffenceId, OutcomeId, SUM(Count), SUM(Cells) FROM YearlyOutcomeCounts " +
                "GROUP BY DatasetId, ForceId, OffenceId, OutcomeId;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AllYearsOutcomeCounts");

            migrationBuilder.DropTable(
                name: "NationalOutcomeCounts");

            migrationBuilder.DropIndex(
                name: "IX_YearlyOutcomeCounts_Dataset_Force_Covering",
                table: "YearlyOutcomeCounts");

            migrationBuilder.DropIndex(
                name: "IX_YearlyOutcomeCounts_Dataset_Offence_Covering",
                table: "YearlyOutcomeCounts");

            migrationBuilder.DropIndex(
                name: "IX_Slices_Summary",
                table: "Slices");

            migrationBuilder.DropIndex(
                name: "IX_ImportedFiles_Current",
                table: "ImportedFiles");

            migrationBuilder.DropColumn(
                name: "Cells",
                table: "YearlyOutcomeCounts");

            migrationBuilder.CreateIndex(
                name: "IX_YearlyOutcomeCounts_Dataset_Force_Covering",
                table: "YearlyOutcomeCounts",
                columns: new[] { "DatasetId", "ForceId", "Year", "OffenceId", "OutcomeId", "Count" });

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

            migrationBuilder.CreateIndex(
                name: "IX_Slices_ForceId",
                table: "Slices",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_Outcomes_ClassId",
                table: "Outcomes",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeCounts_Dataset_Year_Covering",
                table: "OutcomeCounts",
                columns: new[] { "DatasetId", "Year", "ForceId", "OffenceId", "OutcomeId", "Count" });

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeCounts_ForceId",
                table: "OutcomeCounts",
                column: "ForceId");

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeCounts_OffenceId",
                table: "OutcomeCounts",
                column: "OffenceId");

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeCounts_OutcomeId",
                table: "OutcomeCounts",
                column: "OutcomeId");

            migrationBuilder.CreateIndex(
                name: "IX_Offences_CategoryId",
                table: "Offences",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportedFiles_DatasetId",
                table: "ImportedFiles",
                column: "DatasetId");
        }
    }
}
