using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent.HyperV;

/// <summary>
/// Reads Windows event XML: what <see cref="PowerShellCommands.ReadEvents"/> prints (<c>&lt;Record&gt;</c>s holding an
/// event's <c>ToXml()</c> and its rendered <c>&lt;Message&gt;</c>), or bare <c>&lt;Event&gt;</c>s with a
/// <c>RenderingInfo</c> as <c>wevtutil qe /f:RenderedXml</c> prints them.
/// </summary>
internal static partial class VmmsEventXml
{
    // The server's limit on an event message; longer text would get the whole heartbeat refused.
    private const int MaxMessageLength = 8192;
    private static readonly XNamespace s_event = "http://schemas.microsoft.com/win/2004/08/events/event";

    /// <summary>The events in <paramref name="xml"/> with their record ids, in record order.</summary>
    /// <exception cref="XmlException">The text is not XML.</exception>
    public static IReadOnlyList<(long RecordId, ReplicationEvent Event)> Parse(string xml)
    {
        // The output is a sequence of elements without one root, and may carry declarations.
        var body = DeclarationPattern().Replace(xml, "");
        var root = XElement.Parse("<Root>" + body + "</Root>", LoadOptions.None);
        var events = new List<(long, ReplicationEvent)>();
        foreach (var element in root.Descendants(s_event + "Event"))
        {
            if (Read(element) is { } read)
            {
                events.Add(read);
            }
        }

        return [.. events.OrderBy(e => e.Item1)];
    }

    private static (long, ReplicationEvent)? Read(XElement element)
    {
        var system = element.Element(s_event + "System");
        if (system is null
            || !int.TryParse(system.Element(s_event + "EventID")?.Value, CultureInfo.InvariantCulture, out var eventId)
            || !long.TryParse(system.Element(s_event + "EventRecordID")?.Value, CultureInfo.InvariantCulture, out var recordId)
            || !DateTimeOffset.TryParse(system.Element(s_event + "TimeCreated")?.Attribute("SystemTime")?.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var created))
        {
            return null;
        }

        var source = system.Element(s_event + "Provider")?.Attribute("Name")?.Value ?? "Microsoft-Windows-Hyper-V-VMMS";
        var message = (element.Parent?.Element("Message") ?? element.Element(s_event + "RenderingInfo")?.Element(s_event + "Message"))?.Value.Trim() ?? "";
        var vmId = FindVmId(element, message);
        return (recordId, new ReplicationEvent(eventId, source, Level(system.Element(s_event + "Level")?.Value), vmId, created.ToUniversalTime(),
            message.Length > MaxMessageLength ? message[..MaxMessageLength] : message));
    }

    // VMMS puts the id in UserData (VmlEventLog/VmId) or EventData (Data Name="VmId"); the message always names it too.
    private static string? FindVmId(XElement element, string message)
    {
        var data = element.Descendants().FirstOrDefault(e => e.Name.LocalName.Equals("VmId", StringComparison.OrdinalIgnoreCase))?.Value
            ?? element.Descendants().FirstOrDefault(e => e.Name.LocalName == "Data" && string.Equals((string?)e.Attribute("Name"), "VmId", StringComparison.OrdinalIgnoreCase))?.Value
            ?? (MessageVmId().Match(message) is { Success: true } match ? match.Groups[1].Value : null);
        var id = data?.Trim().Trim('{', '}').ToLowerInvariant();
        return ContractId.IsValid(id) ? id : null;
    }

    private static ReplicationEventLevel Level(string? level) => level switch
    {
        "1" => ReplicationEventLevel.Critical,
        "2" => ReplicationEventLevel.Error,
        "3" => ReplicationEventLevel.Warning,
        "5" => ReplicationEventLevel.Verbose,
        _ => ReplicationEventLevel.Information,
    };

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex DeclarationPattern();

    [GeneratedRegex(@"\(Virtual machine ID \{?([0-9A-Fa-f-]{36})\}?\)", RegexOptions.IgnoreCase)]
    private static partial Regex MessageVmId();
}
