using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Services;

namespace FamilyContext.Plugin.Panel;

/// <summary>The expanded view of one person's involvement with one service.</summary>
public sealed record DetailView(string ChildId, PersonCard Person, ServiceDefinition Service, ServiceCheck Check);
