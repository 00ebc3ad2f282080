namespace FamilyContext.Plugin.Demo;

/// <summary>The demo sources' coverage explanations, in the words a source would use.</summary>
internal static class DemoCoverage
{
    public static string Explain(string serviceId) => serviceId switch
    {
        DemoRecordGenerator.School => "Covers pupils on roll at Stockport schools, and pupils who left in the last 2 years.",
        DemoRecordGenerator.Housing => "Covers current tenants, tenancies ended in the last 12 months, notices and evictions in the last 12 months, and rent arrears over 6 weeks.",
        DemoRecordGenerator.Police => "Covers conviction records from the last 5 years and suspect records from the last year.",
        DemoRecordGenerator.AdultSocialCare => "Covers people with a support plan in the last 2 years, except plans planned or cancelled.",
        _ => "Coverage not described.",
    };
}
