using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Launch;
using FamilyContext.Plugin.Lookup;
using FamilyContext.Plugin.Services;

namespace FamilyContext.Plugin.Panel;

/// <summary>What a clerical review is about: the worker's session, the person, the service and its whole (unwithheld) check.</summary>
public sealed record ReviewTarget(PanelSession Session, CmsPerson Person, ServiceDefinition Service, ServiceCheck Check);
