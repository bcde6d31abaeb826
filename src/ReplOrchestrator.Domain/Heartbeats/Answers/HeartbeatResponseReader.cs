using System.Text.Json;
using static ReplOrchestrator.Domain.Heartbeats.Answers.JsonFields;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Domain.Heartbeats.Answers;

/// <summary>
/// Reads a heartbeat response, <c>{ "accepted", "duplicate", "commands": [...] }</c>, forgivingly:
/// fields a command kind does not need may be missing, unknown fields are ignored, and a command the
/// appliance cannot run is set aside with a reason instead of spoiling the rest.
/// </summary>
public static class HeartbeatResponseReader
{
    /// <summary>The parts of a response the appliance acts on.</summary>
    public sealed record Response(bool Duplicate, IReadOnlyList<ApplianceCommand> Commands, IReadOnlyList<IgnoredCommand> Ignored);

    /// <summary>Reads <paramref name="body"/>, or returns null with <paramref name="problem"/> when it is not a heartbeat response.</summary>
    public static Response? Read(string body, out string? problem)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("accepted", out var accepted) || accepted.ValueKind != JsonValueKind.True)
            {
                problem = "it does not say \"accepted\": true";
                return null;
            }

            var duplicate = root.TryGetProperty("duplicate", out var flag) && flag.ValueKind == JsonValueKind.True;
            var commands = new List<ApplianceCommand>();
            var ignored = new List<IgnoredCommand>();
            if (root.TryGetProperty("commands", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var element in list.EnumerateArray())
                {
                    ReadCommand(element, commands, ignored);
                }
            }

            problem = null;
            return new Response(duplicate, commands, ignored);
        }
        catch (JsonException e)
        {
            problem = "it is not JSON: " + e.Message;
            return null;
        }
    }

    private static void ReadCommand(JsonElement element, List<ApplianceCommand> commands, List<IgnoredCommand> ignored)
    {
        var id = Text(element, "commandId");
        if (!ContractId.IsValid(id))
        {
            ignored.Add(new IgnoredCommand(null, $"a command's id {ContractId.Explain(id)}"));
            return;
        }

        var kind = Text(element, "kind");
        var vmId = Text(element, "vmId");
        try
        {
            switch (kind)
            {
                case nameof(CommandKind.RunProbes):
                    if (ReadProbes(element, out var unknown) is { } probes)
                    {
                        commands.Add(ApplianceCommand.RunProbes(id!, probes, vmId));
                    }
                    else
                    {
                        ignored.Add(new IgnoredCommand(id, $"RunProbes cannot run: '{unknown}' is not a probe this appliance knows"));
                    }

                    break;
                case nameof(CommandKind.ResumeReplication):
                    commands.Add(ApplianceCommand.ResumeReplication(id!, vmId!));
                    break;
                default:
                    ignored.Add(new IgnoredCommand(id, $"this appliance does not know the command kind '{kind}'"));
                    break;
            }
        }
        catch (ArgumentException e)
        {
            // The factories' own rules (appliance-side probes only, a VM to resume) say why.
            var reason = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            ignored.Add(new IgnoredCommand(id, $"{kind} cannot run: {reason}"));
        }
    }

    private static List<ProbeKind>? ReadProbes(JsonElement command, out string? unknown)
    {
        unknown = null;
        var probes = new List<ProbeKind>();
        if (command.TryGetProperty("probes", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var probe in list.EnumerateArray())
            {
                var name = probe.ValueKind == JsonValueKind.String ? probe.GetString()! : probe.GetRawText();
                if (!Enum.GetNames<ProbeKind>().Contains(name))
                {
                    unknown = name;
                    return null;
                }

                probes.Add(Enum.Parse<ProbeKind>(name));
            }
        }

        return probes;
    }
}
