namespace FamilyContext.Plugin.Ingest;

/// <summary>What is wrong with one cell: the row number in the file (the header is row 1), the field, and why — never the value.</summary>
internal sealed record RowProblem(long Row, string Field, string Reason, bool RowRejected);
