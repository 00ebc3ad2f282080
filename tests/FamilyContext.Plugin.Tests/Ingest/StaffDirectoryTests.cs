namespace FamilyContext.Plugin.Tests.Ingest;

/// <summary><c>ingest staff-directory FILE</c>: the council's directory fills practitioners' missing emails and phones at ingest, counted in the report.</summary>
public sealed class StaffDirectoryTests : IDisposable
{
    private const string Header = "Person ID,First Name,Surname,Date of Birth,Gender,Address,Postcode,NHS Number,Plan Status,Plan Start,Plan End,Local Authority,Team,Allocated Worker,Worker Role,Worker Phone,Worker Email,Last Contact";

    private readonly IngestHost _host = new();

    public void Dispose() => _host.Dispose();

    private static string Row(int id, string worker, string team = "Adult social care east", string phone = "", string email = "") =>
        $"ASC-{id},Jess,Testwell,02/04/1990,Female,1 Test Street,SK4 2AB,,Active,10/01/2025,,Stockport Council (sample),{team},{worker},Social worker,{phone},{email},15/10/2025";

    [Fact]
    public async Task Missing_worker_emails_and_phones_are_filled_from_the_directory_by_name_and_counted()
    {
        var directory = _host.Write("directory.csv", string.Join("\n",
            "Full Name,Organisation,Job Title,Email Address,Telephone",
            "Chris Worker,Adult social care east,Social worker,c.worker@example.org,0161 496 0401",
            "Dee Carer,Adult social care west,Occupational therapist,d.carer@example.org,",
            "Sam Same,Adult social care east,Social worker,s.same.east@example.org,",
            "Sam Same,Reablement,Reablement worker,s.same.reablement@example.org,") + "\n");
        var extract = _host.Write("asc.csv", string.Join("\n", Header,
            Row(1, "Chris Worker"),
            Row(2, "Dee Carer", phone: "0161 496 0499"),
            Row(3, "Sam Same", team: "Reablement"),
            Row(4, "Sam Same", team: "Somewhere else"),
            Row(5, "Nobody Known"),
            Row(6, "Chris Worker", email: "own.address@example.org")) + "\n");

        var (kept, keptOutput, keptError) = await _host.KeepStaffDirectoryAsync(directory);
        var (code, output, error) = await _host.RunAsync("asc", extract, IngestHost.Sample("flat/asc.yaml"));

        Assert.True(kept == 0, keptOutput + keptError);
        Assert.Contains("4 people, 4 with an email, 1 with a phone number", keptOutput, StringComparison.Ordinal);
        Assert.True(code == 0, output + error);
        async Task<(string? Email, string? Phone)> Contact(string id) =>
            (await _host.Store.GetRecordAsync("asc", id, CancellationToken.None))!.Practitioner is { } p ? (p.Email, p.Phone) : (null, null);
        Assert.Equal(("c.worker@example.org", "0161 496 0401"), await Contact("ASC-1"));
        Assert.Equal(("d.carer@example.org", "0161 496 0499"), await Contact("ASC-2"));
        Assert.Equal(("s.same.reablement@example.org", null), await Contact("ASC-3"));
        Assert.Equal((null, null), await Contact("ASC-4"));
        Assert.Equal((null, null), await Contact("ASC-5"));
        Assert.Equal(("own.address@example.org", "0161 496 0401"), await Contact("ASC-6"));
        var html = await File.ReadAllTextAsync(_host.Reports("html")[0]);
        Assert.Contains("<th scope=\"row\">Emails filled from the staff directory</th><td class=\"numeric\">3</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Phone numbers filled from the staff directory</th><td class=\"numeric\">2</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_directory_without_an_email_or_phone_column_is_refused_and_the_one_in_use_kept()
    {
        var good = _host.Write("good.csv", "Name,Email\nChris Worker,c.worker@example.org\n");
        var bad = _host.Write("bad.csv", "Name,Desk\nChris Worker,3rd floor\n");
        await _host.KeepStaffDirectoryAsync(good);

        var (code, _, error) = await _host.KeepStaffDirectoryAsync(bad);
        var (loaded, output, loadError) = await _host.RunAsync("asc", _host.Write("asc.csv", Header + "\n" + Row(1, "Chris Worker") + "\n"), IngestHost.Sample("flat/asc.yaml"));

        Assert.Equal(1, code);
        Assert.Contains("needs a Name column and an Email or Phone column", error, StringComparison.Ordinal);
        Assert.True(loaded == 0, output + loadError);
        Assert.Equal("c.worker@example.org", (await _host.Store.GetRecordAsync("asc", "ASC-1", CancellationToken.None))!.Practitioner!.Email);
    }
}
