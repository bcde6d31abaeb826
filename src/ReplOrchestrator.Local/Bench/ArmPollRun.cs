namespace ReplOrchestrator.Local.Bench;

/// <summary>One poll of <c>bench arm-poll</c>.</summary>
/// <param name="Poll">Its number, from 1: the first creates the VM monitors, the others update them.</param>
/// <param name="Pages">List requests the stand-in answered, items and events.</param>
/// <param name="PollMs">The whole poll: reading the monitors' statuses, the lists, mapping and handing over.</param>
/// <param name="Cost">What the poller measured of it.</param>
/// <param name="MonitorsMs">From the poll's start until every VM monitor had taken it.</param>
/// <param name="AllocatedBytes">Bytes the process allocated during the poll (the stand-in's serving included).</param>
/// <param name="AllocatedUntilTakenBytes">Bytes the process allocated until every VM monitor had taken it.</param>
/// <param name="WorkingSetBytes">The process's working set then.</param>
internal sealed record ArmPollRun(int Poll, int Pages, double PollMs, ArmPollCost Cost, double MonitorsMs, long AllocatedBytes, long AllocatedUntilTakenBytes, long WorkingSetBytes);
