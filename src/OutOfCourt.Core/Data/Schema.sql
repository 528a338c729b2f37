CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

CREATE TABLE "Datasets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Datasets" PRIMARY KEY AUTOINCREMENT,
    "Key" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Publisher" TEXT NOT NULL,
    "Measure" TEXT NOT NULL,
    "PeriodKind" TEXT NOT NULL,
    "OffenceScheme" TEXT NOT NULL,
    "Description" TEXT NOT NULL
);

CREATE TABLE "Forces" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Forces" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Aliases" TEXT NOT NULL,
    "Nation" TEXT NOT NULL
);

CREATE TABLE "OffenceCategories" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OffenceCategories" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Description" TEXT NOT NULL
);

CREATE TABLE "OutcomeClasses" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutcomeClasses" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "IsOutcome" INTEGER NOT NULL,
    "Description" TEXT NOT NULL
);

CREATE TABLE "Settings" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_Settings" PRIMARY KEY,
    "Value" TEXT NOT NULL
);

CREATE TABLE "ImportedFiles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImportedFiles" PRIMARY KEY AUTOINCREMENT,
    "DatasetId" INTEGER NOT NULL,
    "Path" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "Format" TEXT NOT NULL,
    "ImportedAt" TEXT NOT NULL,
    "RowsRead" INTEGER NOT NULL,
    "RowsAggregated" INTEGER NOT NULL,
    "RowsRejected" INTEGER NOT NULL,
    "RowsJoined" INTEGER NOT NULL,
    "Note" TEXT NOT NULL,
    "ReplacedAt" TEXT NULL,
    CONSTRAINT "FK_ImportedFiles_Datasets_DatasetId" FOREIGN KEY ("DatasetId") REFERENCES "Datasets" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Offences" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Offences" PRIMARY KEY AUTOINCREMENT,
    "Scheme" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Subgroup" TEXT NOT NULL,
    "Group" TEXT NOT NULL,
    "CategoryId" INTEGER NOT NULL,
    CONSTRAINT "FK_Offences_OffenceCategories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "OffenceCategories" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Outcomes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Outcomes" PRIMARY KEY AUTOINCREMENT,
    "Scheme" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "ClassId" INTEGER NOT NULL,
    CONSTRAINT "FK_Outcomes_OutcomeClasses_ClassId" FOREIGN KEY ("ClassId") REFERENCES "OutcomeClasses" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Slices" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Slices" PRIMARY KEY AUTOINCREMENT,
    "DatasetId" INTEGER NOT NULL,
    "ForceId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Period" INTEGER NOT NULL,
    "ImportedFileId" INTEGER NOT NULL,
    "Rows" INTEGER NOT NULL,
    CONSTRAINT "FK_Slices_Datasets_DatasetId" FOREIGN KEY ("DatasetId") REFERENCES "Datasets" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Slices_Forces_ForceId" FOREIGN KEY ("ForceId") REFERENCES "Forces" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Slices_ImportedFiles_ImportedFileId" FOREIGN KEY ("ImportedFileId") REFERENCES "ImportedFiles" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CrimeTypeLookups" (
    "CrimeKey" INTEGER NOT NULL CONSTRAINT "PK_CrimeTypeLookups" PRIMARY KEY,
    "OffenceId" INTEGER NOT NULL,
    CONSTRAINT "FK_CrimeTypeLookups_Offences_OffenceId" FOREIGN KEY ("OffenceId") REFERENCES "Offences" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "OutcomeCounts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutcomeCounts" PRIMARY KEY AUTOINCREMENT,
    "DatasetId" INTEGER NOT NULL,
    "ForceId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Period" INTEGER NOT NULL,
    "OffenceId" INTEGER NOT NULL,
    "OutcomeId" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "FK_OutcomeCounts_Datasets_DatasetId" FOREIGN KEY ("DatasetId") REFERENCES "Datasets" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_OutcomeCounts_Forces_ForceId" FOREIGN KEY ("ForceId") REFERENCES "Forces" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_OutcomeCounts_Offences_OffenceId" FOREIGN KEY ("OffenceId") REFERENCES "Offences" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_OutcomeCounts_Outcomes_OutcomeId" FOREIGN KEY ("OutcomeId") REFERENCES "Outcomes" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_CrimeTypeLookups_OffenceId" ON "CrimeTypeLookups" ("OffenceId");

CREATE UNIQUE INDEX "IX_Datasets_Key" ON "Datasets" ("Key");

CREATE UNIQUE INDEX "IX_Forces_Slug" ON "Forces" ("Slug");

CREATE INDEX "IX_ImportedFiles_ContentHash" ON "ImportedFiles" ("ContentHash");

CREATE INDEX "IX_ImportedFiles_DatasetId" ON "ImportedFiles" ("DatasetId");

CREATE UNIQUE INDEX "IX_OffenceCategories_Slug" ON "OffenceCategories" ("Slug");

CREATE INDEX "IX_Offences_CategoryId" ON "Offences" ("CategoryId");

CREATE UNIQUE INDEX "IX_Offences_Scheme_Code" ON "Offences" ("Scheme", "Code");

CREATE UNIQUE INDEX "IX_OutcomeClasses_Slug" ON "OutcomeClasses" ("Slug");

CREATE INDEX "IX_OutcomeCounts_Dataset_Force_Covering" ON "OutcomeCounts" ("DatasetId", "ForceId", "Year", "Period", "OffenceId", "OutcomeId", "Count");

CREATE INDEX "IX_OutcomeCounts_Dataset_Year_Covering" ON "OutcomeCounts" ("DatasetId", "Year", "ForceId", "OffenceId", "OutcomeId", "Count");

CREATE INDEX "IX_OutcomeCounts_ForceId" ON "OutcomeCounts" ("ForceId");

CREATE INDEX "IX_OutcomeCounts_OffenceId" ON "OutcomeCounts" ("OffenceId");

CREATE INDEX "IX_OutcomeCounts_OutcomeId" ON "OutcomeCounts" ("OutcomeId");

CREATE INDEX "IX_Outcomes_ClassId" ON "Outcomes" ("ClassId");

CREATE UNIQUE INDEX "IX_Outcomes_Scheme_Code" ON "Outcomes" ("Scheme", "Code");

CREATE UNIQUE INDEX "IX_Slices_DatasetId_ForceId_Year_Period" ON "Slices" ("DatasetId", "ForceId", "Year", "Period");

CREATE INDEX "IX_Slices_ForceId" ON "Slices" ("ForceId");

CREATE INDEX "IX_Slices_ImportedFileId" ON "Slices" ("ImportedFileId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123204847_Initial', '10.0.15');

DROP TABLE "CrimeTypeLookups";

CREATE TABLE "CrimeTypeRuns" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CrimeTypeRuns" PRIMARY KEY AUTOINCREMENT,
    "ForceId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    "Keys" BLOB NOT NULL,
    CONSTRAINT "FK_CrimeTypeRuns_Forces_ForceId" FOREIGN KEY ("ForceId") REFERENCES "Forces" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "YearlyOutcomeCounts" (
    "DatasetId" INTEGER NOT NULL,
    "ForceId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "OffenceId" INTEGER NOT NULL,
    "OutcomeId" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_YearlyOutcomeCounts" PRIMARY KEY ("DatasetId", "ForceId", "Year", "OffenceId", "OutcomeId"),
    CONSTRAINT "FK_YearlyOutcomeCounts_Datasets_DatasetId" FOREIGN KEY ("DatasetId") REFERENCES "Datasets" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_YearlyOutcomeCounts_Forces_ForceId" FOREIGN KEY ("ForceId") REFERENCES "Forces" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_YearlyOutcomeCounts_Offences_OffenceId" FOREIGN KEY ("OffenceId") REFERENCES "Offences" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_YearlyOutcomeCounts_Outcomes_OutcomeId" FOREIGN KEY ("OutcomeId") REFERENCES "Outcomes" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_CrimeTypeRuns_ForceId_Year_Month" ON "CrimeTypeRuns" ("ForceId", "Year", "Month");

CREATE INDEX "IX_YearlyOutcomeCounts_Dataset_Force_Covering" ON "YearlyOutcomeCounts" ("DatasetId", "ForceId", "Year", "OffenceId", "OutcomeId", "Count");

CREATE INDEX "IX_YearlyOutcomeCounts_Dataset_Year_Covering" ON "YearlyOutcomeCounts" ("DatasetId", "Year", "ForceId", "OffenceId", "OutcomeId", "Count");

CREATE INDEX "IX_YearlyOutcomeCounts_ForceId" ON "YearlyOutcomeCounts" ("ForceId");

CREATE INDEX "IX_YearlyOutcomeCounts_OffenceId" ON "YearlyOutcomeCounts" ("OffenceId");

CREATE INDEX "IX_YearlyOutcomeCounts_OutcomeId" ON "YearlyOutcomeCounts" ("OutcomeId");

INSERT INTO YearlyOutcomeCounts (DatasetId, ForceId, Year, OffenceId, OutcomeId, Count) SELECT DatasetId, ForceId, Year, OffenceId, OutcomeId, SUM(Count) FROM OutcomeCounts GROUP BY DatasetId, ForceId, Year, OffenceId, OutcomeId;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123230417_NationalScale', '10.0.15');

DROP INDEX "IX_YearlyOutcomeCounts_Dataset_Force_Covering";

DROP INDEX "IX_YearlyOutcomeCounts_ForceId";

DROP INDEX "IX_YearlyOutcomeCounts_OffenceId";

DROP INDEX "IX_YearlyOutcomeCounts_OutcomeId";

DROP INDEX "IX_Slices_ForceId";

DROP INDEX "IX_Outcomes_ClassId";

DROP INDEX "IX_OutcomeCounts_Dataset_Year_Covering";

DROP INDEX "IX_OutcomeCounts_ForceId";

DROP INDEX "IX_OutcomeCounts_OffenceId";

DROP INDEX "IX_OutcomeCounts_OutcomeId";

DROP INDEX "IX_Offences_CategoryId";

DROP INDEX "IX_ImportedFiles_DatasetId";

ALTER TABLE "YearlyOutcomeCounts" ADD "Cells" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "AllYearsOutcomeCounts" (
    "DatasetId" INTEGER NOT NULL,
    "ForceId" INTEGER NOT NULL,
    "OffenceId" INTEGER NOT NULL,
    "OutcomeId" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    "Cells" INTEGER NOT NULL,
    CONSTRAINT "PK_AllYearsOutcomeCounts" PRIMARY KEY ("DatasetId", "ForceId", "OffenceId", "OutcomeId"),
    CONSTRAINT "FK_AllYearsOutcomeCounts_Datasets_DatasetId" FOREIGN KEY ("DatasetId") REFERENCES "Datasets" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_AllYearsOutcomeCounts_Forces_ForceId" FOREIGN KEY ("ForceId") REFERENCES "Forces" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_AllYearsOutcomeCounts_Offences_OffenceId" FOREIGN KEY ("OffenceId") REFERENCES "Offences" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_AllYearsOutcomeCounts_Outcomes_OutcomeId" FOREIGN KEY ("OutcomeId") REFERENCES "Outcomes" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "NationalOutcomeCounts" (
    "DatasetId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "OffenceId" INTEGER NOT NULL,
    "OutcomeId" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    "Cells" INTEGER NOT NULL,
    CONSTRAINT "PK_NationalOutcomeCounts" PRIMARY KEY ("DatasetId", "Year", "OffenceId", "OutcomeId"),
    CONSTRAINT "FK_NationalOutcomeCounts_Datasets_DatasetId" FOREIGN KEY ("DatasetId") REFERENCES "Datasets" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_NationalOutcomeCounts_Offences_OffenceId" FOREIGN KEY ("OffenceId") REFERENCES "Offences" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_NationalOutcomeCounts_Outcomes_OutcomeId" FOREIGN KEY ("OutcomeId") REFERENCES "Outcomes" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_YearlyOutcomeCounts_Dataset_Force_Covering" ON "YearlyOutcomeCounts" ("DatasetId", "ForceId", "OffenceId", "OutcomeId", "Year", "Count");

CREATE INDEX "IX_YearlyOutcomeCounts_Dataset_Offence_Covering" ON "YearlyOutcomeCounts" ("DatasetId", "OffenceId", "Year", "ForceId", "OutcomeId", "Count");

CREATE INDEX "IX_Slices_Summary" ON "Slices" ("DatasetId", "ForceId", "Year", "Rows", "ImportedFileId");

CREATE INDEX "IX_ImportedFiles_Current" ON "ImportedFiles" ("ReplacedAt", "DatasetId", "Note", "Id");

CREATE INDEX "IX_AllYearsOutcomeCounts_Covering" ON "AllYearsOutcomeCounts" ("DatasetId", "ForceId", "OffenceId", "OutcomeId", "Count");

CREATE INDEX "IX_NationalOutcomeCounts_Covering" ON "NationalOutcomeCounts" ("DatasetId", "Year", "OffenceId", "OutcomeId", "Count");

UPDATE YearlyOutcomeCounts SET Cells = (SELECT COUNT(*) FROM OutcomeCounts c WHERE c.DatasetId = YearlyOutcomeCounts.DatasetId AND c.ForceId = YearlyOutcomeCounts.ForceId AND c.Year = YearlyOutcomeCounts.Year AND c.OffenceId = YearlyOutcomeCounts.OffenceId AND c.OutcomeId = YearlyOutcomeCounts.OutcomeId);

INSERT INTO NationalOutcomeCounts (DatasetId, Year, OffenceId, OutcomeId, Count, Cells) SELECT DatasetId, Year, OffenceId, OutcomeId, SUM(Count), SUM(Cells) FROM YearlyOutcomeCounts GROUP BY DatasetId, Year, OffenceId, OutcomeId;

INSERT INTO AllYearsOutcomeCounts (DatasetId, ForceId, OffenceId, OutcomeId, Count, Cells) SELECT DatasetId, ForceId, OffenceId, OutcomeId, SUM(Count), SUM(Cells) FROM YearlyOutcomeCounts GROUP BY DatasetId, ForceId, OffenceId, OutcomeId;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124194230_NationalRollUp', '10.0.15');

CREATE INDEX "IX_Slices_Dataset_File" ON "Slices" ("DatasetId", "ImportedFileId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202071322_SliceFilesByDataset', '10.0.15');

