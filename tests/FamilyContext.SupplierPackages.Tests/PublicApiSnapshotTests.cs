using Xunit;

namespace FamilyContext.SupplierPackages.Tests;

/// <summary>
/// The public surface of each package a supplier references is approved: a change a supplier would feel fails here
/// until the snapshot under <c>api/</c> is updated with it, and with the version (docs/supplier-packages.md).
/// </summary>
public sealed class PublicApiSnapshotTests
{
    public static TheoryData<string> Packages => [.. SupplierPackage.All.Keys];

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_public_api_of_each_supplier_package_is_the_approved_snapshot(string package)
    {
        var assembly = SupplierPackage.All[package];
        var snapshot = PublicApiSnapshot.Of(assembly);

        var folder = Path.Combine(AppContext.BaseDirectory, "api");
        var approvedPath = Path.Combine(folder, package + ".approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (approved == snapshot)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var receivedPath = Path.Combine(folder, package + ".received.txt");
        File.WriteAllText(receivedPath, snapshot);
        Assert.Fail(
            $"The public API of {package} is not the approved snapshot. Differences (- approved, + now):\n"
            + PublicApiSnapshot.Differences(approved, snapshot)
            + $"\nIf the change is deliberate, raise the version in eng/SupplierPackages.props as docs/supplier-packages.md says and copy\n  {receivedPath}\nover tests/FamilyContext.SupplierPackages.Tests/api/{package}.approved.txt.");
    }

    [Fact]
    public void The_supplier_packages_ship_under_one_version_the_snapshots_name()
    {
        var versions = SupplierPackage.All.Values.Select(PublicApiSnapshot.VersionOf).Distinct().ToList();

        var version = Assert.Single(versions);
        Assert.Matches(@"^\d+\.\d+\.\d+$", version);
    }

    [Fact]
    public void A_surface_that_differs_from_the_approved_snapshot_is_shown_line_by_line()
    {
        var differences = PublicApiSnapshot.Differences("a\nb\nc\n", "a\nc\nd\n");

        Assert.Equal("- b\n+ d", differences);
    }
}
