using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutOfCourt.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SliceFilesByDataset : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Slices_Dataset_File",
                table: "Slices",
                columns: new[] { "DatasetId", "ImportedFileId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Slices_Dataset_File",
                table: "Slices");
        }
    }
}
