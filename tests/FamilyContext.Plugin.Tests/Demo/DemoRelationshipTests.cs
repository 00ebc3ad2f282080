using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Demo;
using FamilyContext.Plugin.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyContext.Plugin.Tests.Demo;

/// <summary>The demo CMS's relationships are reciprocal, as Mosaic's are: each side sees the other.</summary>
public sealed class DemoRelationshipTests : IDisposable
{
    private readonly PluginFactory _factory = new() { UseDemoCms = true };

    [Fact]
    public async Task A_mother_s_related_people_include_her_child_in_the_child_s_words_reversed()
    {
        var cms = _factory.Services.GetRequiredService<ICmsAdapter>();
        var asOf = _factory.Today;
        var children = await _factory.Services.GetRequiredService<DemoCmsDatabase>().ChildrenAsync(CancellationToken.None);
        var (child, mother) = (await Task.WhenAll(children.Select(async c =>
                (Child: c, Links: await cms.GetRelationshipsAsync(c.Id, new RelationshipQuery(false, asOf), CancellationToken.None)))))
            .SelectMany(c => c.Links.Where(l => l.Types.Any(t => t.Wording.StartsWith("Mother : ", StringComparison.Ordinal))).Select(l => (c.Child, l)))
            .First();

        var hers = await cms.GetRelationshipsAsync(mother.RelatedPerson.Id, new RelationshipQuery(false, asOf), CancellationToken.None);

        var link = Assert.Single(hers, r => r.RelatedPerson.Id == child.Id);
        var wording = Assert.Single(link.Types).Wording;
        Assert.Equal($"{mother.Types[0].Wording.Split(" : ")[1]} : Mother", wording);
        Assert.NotEqual(RelationshipType.Parent, link.Types[0].Normalised);
    }

    public void Dispose() => _factory.Dispose();
}
